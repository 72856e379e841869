import { PDFDocument } from 'pdf-lib';
import { renderChartSvg, svgToPng } from '../../charts';
import { svgDocument } from '../../charts/svg/svg-document';
import { createTextRenderer, type TextRenderer, type TextSpec } from '../../charts/svg/text-renderer';
import { fitText } from '../../charts/svg/fit-text';
import { DEFAULT_TIME_ZONE } from '../../domain';
import { createTranslator } from '../../i18n/translator';
import { actionPlanFacts } from '../action-plan-status';
import type { StoryboardData } from './storyboard-data';
import { wrapText } from './wrap-text';

// One page, A4 landscape proportions (1600 × 1131 px ≈ 297 × 210 mm): a header, the charts in a 2 × 2 grid on the
// left with the PDSA cycles below, the learning text and the action plan on the right.
const W = 1600;
const H = 1131;
const CHART = { width: 600, height: 300, scale: 0.8 };
const GRID = { x: 30, y: 120, dx: 495, dy: 270 };
const RIGHT = { x: 1040, width: 530 };
const COLOURS = { ink: '#222', subtle: '#666', accent: '#1f5f99', signal: '#b3261e', rule: '#d0d7de' };

/** The storyboard as SVG (glyph outlines, so rasterising needs no font). */
export function renderStoryboardSvg(data: StoryboardData): string {
  const t = createTextRenderer('paths');
  const tr = createTranslator(data.locale);
  const parts: string[] = [`<rect width="${W}" height="${H}" fill="#fff"/>`];
  const text = (spec: TextSpec) => parts.push(t.markup({ fill: COLOURS.ink, ...spec }));
  const when = new Intl.DateTimeFormat(data.locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: DEFAULT_TIME_ZONE,
  }).format(data.seminar.startsAt);

  text({
    x: 30,
    y: 58,
    size: 34,
    weight: 'bold',
    text: fitText(t, tr('storyboard.title', { team: data.team.name }), W - 60, 34, 'bold'),
  });
  text({
    x: 30,
    y: 92,
    size: 18,
    fill: COLOURS.subtle,
    text: fitText(t, `${data.seminar.title} · ${when} · ${data.team.department}`, W - 60, 18),
  });
  parts.push(`<line x1="30" y1="106" x2="${W - 30}" y2="106" stroke="${COLOURS.rule}" stroke-width="2"/>`);

  if (data.charts.length === 0)
    text({ x: GRID.x, y: GRID.y + 40, size: 20, fill: COLOURS.subtle, text: tr('storyboard.noCharts') });
  data.charts.forEach((c, i) => {
    const x = GRID.x + (i % 2) * GRID.dx;
    const y = GRID.y + Math.floor(i / 2) * GRID.dy;
    const svg = renderChartSvg(c.input, { width: CHART.width, height: CHART.height, text: 'paths' });
    parts.push(`<g transform="translate(${x} ${y}) scale(${CHART.scale})">${svg}</g>`);
    const caption = c.signal ? tr('storyboard.signal') : tr('storyboard.noSignal');
    text({
      x: x + 8,
      y: y + CHART.height * CHART.scale + 18,
      size: 15,
      weight: c.signal ? 'bold' : 'normal',
      fill: c.signal ? COLOURS.signal : COLOURS.subtle,
      text: caption,
    });
  });

  cyclesSection(t, tr, data, text);
  rightColumn(t, tr, data, text);
  parts.push(
    `<line x1="${RIGHT.x - 20}" y1="120" x2="${RIGHT.x - 20}" y2="${H - 30}" stroke="${COLOURS.rule}" stroke-width="2"/>`,
  );
  return svgDocument(W, H, t, parts.join(''));
}

type Translate = ReturnType<typeof createTranslator>;
type Draw = (spec: TextSpec) => void;

function cyclesSection(t: TextRenderer, tr: Translate, data: StoryboardData, text: Draw): void {
  let y = GRID.y + 2 * GRID.dy + 40;
  text({ x: GRID.x, y, size: 22, weight: 'bold', fill: COLOURS.accent, text: tr('storyboard.cycles') });
  if (data.cycles.length === 0)
    text({ x: GRID.x, y: y + 32, size: 17, fill: COLOURS.subtle, text: tr('storyboard.noCycles') });
  const room = Math.floor((H - 40 - y) / 28);
  for (const { number, cycle } of data.cycles.slice(-room)) {
    y += 28;
    const state = cycle.act
      ? `${tr('pdsa.phase.done')}: ${tr(`pdsa.decision.${cycle.act.decision}`)}`
      : tr(`pdsa.phase.${cycle.phase}`);
    text({ x: GRID.x, y, size: 17, weight: 'bold', text: `PDSA ${number}` });
    text({ x: GRID.x + 90, y, size: 17, text: fitText(t, cycle.title, 640, 17) });
    text({
      x: RIGHT.x - 40,
      y,
      size: 17,
      anchor: 'end',
      fill: cycle.act?.decision === 'abandon' ? COLOURS.signal : COLOURS.accent,
      text: state,
    });
  }
}

function rightColumn(t: TextRenderer, tr: Translate, data: StoryboardData, text: Draw): void {
  let y = GRID.y + 30;
  text({ x: RIGHT.x, y, size: 22, weight: 'bold', fill: COLOURS.accent, text: tr('storyboard.learning') });
  const lines = data.learning ? wrapText(t, data.learning, RIGHT.width, 18, 16) : [tr('storyboard.noLearning')];
  for (const line of lines) {
    y += 27;
    text({ x: RIGHT.x, y, size: 18, fill: data.learning ? COLOURS.ink : COLOURS.subtle, text: line });
  }
  y += 60;
  text({ x: RIGHT.x, y, size: 22, weight: 'bold', fill: COLOURS.accent, text: tr('storyboard.actionPlans') });
  const rows = actionPlanFacts(data.actionPlan, tr, data.locale);
  if (rows.length === 0) {
    text({ x: RIGHT.x, y: y + 30, size: 17, fill: COLOURS.subtle, text: tr('storyboard.noActionPlans') });
    return;
  }
  for (const row of rows) {
    y += 30;
    text({ x: RIGHT.x, y, size: 17, weight: 'bold', text: fitText(t, row.title, RIGHT.width, 17, 'bold') });
    y += 24;
    text({ x: RIGHT.x, y, size: 16, fill: COLOURS.subtle, text: fitText(t, row.value, RIGHT.width, 16) });
  }
}

/** The storyboard as PNG (1600 × 1131 px). */
export function renderStoryboardPng(data: StoryboardData): Buffer {
  return svgToPng(renderStoryboardSvg(data));
}

/** One A4 landscape PDF page holding the storyboard PNG, titled for the document list of a PDF reader. */
export async function storyboardPdf(png: Buffer, title: string, createdAt: Date): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('Forbedringsbot');
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);
  const image = await pdf.embedPng(png);
  const page = pdf.addPage([841.89, 595.28]); // A4 landscape in points
  const scale = Math.min(page.getWidth() / image.width, page.getHeight() / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: (page.getWidth() - w) / 2, y: (page.getHeight() - h) / 2, width: w, height: h });
  return Buffer.from(await pdf.save());
}
