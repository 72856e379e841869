import { findSignals, messages, type AnalysisResult, type Better, type ChartType, type Locale } from '../analysis';
import { chartFrame, yDomain } from './chart-frame';
import { drawSeries } from './draw-series';
import { palette } from './palette';
import { svgToPng } from './svg-to-png';
import { seriesModel, type SeriesModel } from './series-model';
import { num } from './svg/escape-xml';
import { fitDistinct, fitText } from './svg/fit-text';
import { dotsPath } from './svg/paths';
import { svgDocument } from './svg/svg-document';
import { createTextRenderer, type TextMode } from './svg/text-renderer';
import { HEADER, MAX_PIXELS, overviewLayout } from './overview-layout';
import { timeTicks } from './time-ticks';
import { valueRange, type Quantity } from './value-range';
import { formatTick } from './value-format';

/** The tovholder's overview: one small chart per team, same y scale and one shared time axis. */
export interface OverviewInput {
  measureName: string;
  /** One analysis per team, all on the same periods (`periodLabels`); names as shown (already shortened). */
  teams: Array<{ name: string; analysis: AnalysisResult }>;
  /** One label per period of the shared time axis, e.g. "uge 47" or "nov. 2026". */
  periodLabels: string[];
  /** ISO year per label (weeks): added to the first label and where it changes, as on the full chart. */
  periodYears?: Array<number | null>;
  goal?: number | null;
  chart?: ChartType;
  locale?: Locale;
  /** The measure's direction: signals of improvement are drawn green. */
  better?: Better;
  /** What the values count; a proportion's axis stays within 0–100 % (see `valueRange`). */
  quantity?: Quantity;
  /** Display unit; "%" marks a proportion when `quantity` is not given. */
  unit?: string | null;
}

/** Layout: image width in px (default 512, drawn at 2× = 1024 px; 560 with four columns), columns, panel height. */
export interface OverviewOptions {
  width?: number;
  columns?: number;
  panelHeight?: number;
  text?: TextMode;
}

const NAME = 10;
const SMALL = 8;
const TICK = 9;

/** Renders small multiples: team name (a dot when the latest part signals), series, centre, goal, shared time axis. */
export function renderOverviewSvg(input: OverviewInput, options: OverviewOptions = {}): string {
  const chart = input.chart ?? 'run';
  const locale = input.locale ?? 'da';
  const t = createTextRenderer(options.text ?? 'text');
  const { width, height, cols, ph } = overviewLayout(input.teams.length, options);
  // No part gaps: every panel puts period i at the same x.
  const models = input.teams.map((team) =>
    seriesModel(team.analysis, { goal: input.goal, better: input.better, partGap: 0 }),
  );
  const domain = yDomain(sharedExtent(models), valueRange(chart, input.quantity, input.unit), 3);
  const ticks = domain.ticks.map((v) => formatTick(v, domain.step, chart, locale));
  const gutter = 6 + Math.max(0, ...ticks.map((s) => t.measure(s, TICK)));
  const pw = (width - gutter - 4) / cols;
  const names = fitDistinct(
    t,
    input.teams.map((team) => team.name),
    pw - 22,
    NAME,
    'bold',
  );
  const axis = timeTicks(t, input.periodLabels, input.periodYears, pw - 10, SMALL);

  let body = `<rect width="${num(width)}" height="${height}" fill="${palette.background}"/>`;
  const title = fitText(t, input.measureName, width - 16, 13, 'bold');
  body += t.markup({ x: 8, y: 19, text: title, size: 13, weight: 'bold' });
  input.teams.forEach((team, k) => {
    const px = gutter + (k % cols) * pw;
    const py = HEADER + Math.floor(k / cols) * ph;
    const model = models[k]!;
    const frame = chartFrame(model, { left: px + 4, right: px + pw - 6, top: py + 19, bottom: py + ph - 15 }, domain);
    body += `<rect x="${num(px)}" y="${num(py)}" width="${num(pw - 2)}" height="${ph - 2}" fill="none" stroke="${palette.grid}"/>`;
    for (const v of domain.ticks) {
      body += `<path d="M${num(frame.left)} ${num(frame.y(v))}H${num(frame.right)}" stroke="${palette.grid}" stroke-width="0.75"/>`;
    }
    if (k % cols === 0) {
      // In a low panel, every other tick label is left out so they never overlap (the grid lines stay).
      let lastY = Infinity;
      domain.ticks.forEach((v, i) => {
        const y = frame.y(v) + 3;
        if (lastY - y < TICK + 1) return;
        lastY = y;
        body += t.markup({ x: px - 3, y, text: ticks[i]!, size: TICK, anchor: 'end', fill: palette.axisText });
      });
    }
    for (const tick of axis) {
      const x = tick.anchor === 'start' ? frame.left : tick.anchor === 'end' ? frame.right : frame.x(tick.index);
      body += `<path d="M${num(frame.x(tick.index))} ${num(frame.bottom)}v3" stroke="${palette.axisText}" stroke-width="0.75"/>`;
      body += t.markup({
        x,
        y: py + ph - 5,
        text: tick.text,
        size: SMALL,
        anchor: tick.anchor,
        fill: palette.axisText,
      });
    }
    const signal = latestPartSignals(team.analysis);
    const nameX = signal ? px + 13 : px + 5;
    if (signal) body += `<path d="${dotsPath([[px + 7, py + 9]], 3.2)}" fill="${palette.signal}"/>`;
    body += t.markup({ x: nameX, y: py + 13, text: names[k]!, size: NAME, weight: 'bold', fill: palette.text });
    body += drawSeries(team.analysis, model, frame, input.goal, {
      lineWidth: 1.25,
      dotRadius: 0,
      signalRadius: 2,
      showLimits: chart !== 'run',
    });
    if (!team.analysis.points.some((p) => p.y !== null)) {
      const noData = messages[locale].chart.noData;
      body += t.markup({
        x: px + pw / 2,
        y: py + ph / 2 + 4,
        text: noData,
        size: 9,
        anchor: 'middle',
        fill: palette.axisText,
      });
    }
  });
  return svgDocument(width, height, t, body);
}

/**
 * Overview as PNG (text as glyph outlines), drawn at 2× for sharp lines and text when Teams scales it to the card;
 * a grid of many teams is drawn at less so the image stays within Teams' 1024 px.
 */
export function renderOverviewPng(
  input: OverviewInput,
  options: Omit<OverviewOptions, 'text'> & { scale?: number } = {},
): Buffer {
  const { width, height } = overviewLayout(input.teams.length, options);
  const fit = Math.floor(Math.min(2, MAX_PIXELS / width, MAX_PIXELS / height) * 1000) / 1000;
  return svgToPng(renderOverviewSvg(input, { ...options, text: 'paths' }), { scale: options.scale ?? fit });
}

/** Extent of all panels together, so every panel shares one y axis. */
function sharedExtent(models: SeriesModel[]): Pick<SeriesModel, 'extent' | 'dataExtent'> {
  return { extent: union(models.map((m) => m.extent)), dataExtent: union(models.map((m) => m.dataExtent)) };
}

function union(extents: Array<[number, number] | null>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of extents) {
    if (!e) continue;
    lo = Math.min(lo, e[0]);
    hi = Math.max(hi, e[1]);
  }
  return lo <= hi ? [lo, hi] : null;
}

/** True when the latest part has a runs signal or a point outside the limits. */
function latestPartSignals(analysis: AnalysisResult): boolean {
  const last = findSignals(analysis).at(-1);
  return !!last && (last.shifts.length > 0 || last.fewCrossings !== null || last.outside.length > 0);
}
