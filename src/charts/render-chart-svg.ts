import { messages } from '../analysis';
import type { ChartInput, RenderOptions } from './chart-input';
import { chartFrame, yDomain } from './chart-frame';
import { ANNOTATION_LIFT, ANNOTATION_ROW, layoutAnnotations } from './annotation-layout';
import { drawAnnotations } from './draw-annotations';
import { drawBaselineMarks } from './draw-baseline-marks';
import { drawSeries } from './draw-series';
import { spreadLabels, thinLabels, type EdgeLabel } from './label-layout';
import { palette } from './palette';
import { seriesModel } from './series-model';
import { num } from './svg/escape-xml';
import { fitText } from './svg/fit-text';
import { svgDocument } from './svg/svg-document';
import { createTextRenderer } from './svg/text-renderer';
import { formatTick, formatValue } from './value-format';
import { valueRange } from './value-range';

/** Renders a run or control chart as SVG: title, points and line, centre, limits, goal, PDSA markers, axes. */
export function renderChartSvg(input: ChartInput, options: RenderOptions = {}): string {
  const width = options.width ?? 600;
  const height = options.height ?? 300;
  // Axis and line labels; the title is 4 px larger.
  const SMALL = options.fontSize ?? 10;
  const TITLE = SMALL + 4;
  const chart = input.chart ?? 'run';
  const locale = input.locale ?? 'da';
  const words = messages[locale].chart;
  const t = createTextRenderer(options.text ?? 'text');
  const { points } = input.analysis;
  const model = seriesModel(input.analysis, { exclude: input.exclude, goal: input.goal, better: input.better });
  const annotations = (input.annotations ?? []).filter((a) => a.index >= 0 && a.index < points.length);

  // Labels at the right edge: centre of the latest part, its limits, and the goal.
  const last = model.parts[model.parts.length - 1];
  const lastPoint = last ? points[last.to - 1] : undefined;
  const edge: EdgeLabel[] = [];
  const addEdge = (value: number | null | undefined, name: string, fill: string) => {
    if (value !== null && value !== undefined && Number.isFinite(value)) {
      edge.push({ y: value, text: `${name} ${formatValue(value, chart, locale)}`, fill });
    }
  };
  if (lastPoint) {
    addEdge(
      lastPoint.cl,
      chart === 'run' ? words.median : words.mean,
      last?.runsSignal ? palette.signal : palette.centre,
    );
    addEdge(lastPoint.ucl, words.ucl, palette.limit);
    addEdge(lastPoint.lcl, words.lcl, palette.limit);
  }
  addEdge(input.goal, words.goal, palette.goal);
  const edgeWidth = Math.max(0, ...edge.map((l) => t.measure(l.text, SMALL)));

  // Vertical layout: title, annotation label rows, plot, x labels.
  const provisional = chartFrame(
    model,
    { left: 40, right: width - edgeWidth - 12, top: 0, bottom: 1 },
    { ticks: [0, 1], step: 1, span: [0, 1] },
  );
  const { rows } = layoutAnnotations(t, annotations, provisional);
  const top = 30 + (rows ? (rows - 1) * ANNOTATION_ROW + ANNOTATION_LIFT + 10 : 0);
  const bottom = height - 24;
  const range = valueRange(chart, input.quantity, input.unit);
  const domain = yDomain(model, range, Math.max(2, Math.round((bottom - top) / 45)));
  const tickText = domain.ticks.map((v) => formatTick(v, domain.step, chart, locale));
  const left = 10 + Math.max(...tickText.map((s) => t.measure(s, SMALL)));
  const right = width - (edgeWidth ? edgeWidth + 10 : 8);
  const frame = chartFrame(model, { left, right, top, bottom }, domain);
  // Re-place on the final x scale, keeping to the rows the layout reserved.
  const layout = layoutAnnotations(t, annotations, frame, rows);

  let body = `<rect width="${width}" height="${height}" fill="${palette.background}"/>`;
  frame.ticks.forEach((v, k) => {
    const y = frame.y(v);
    body += `<path d="M${num(left)} ${num(y)}H${num(right)}" stroke="${palette.grid}" stroke-width="1"/>`;
    body += t.markup({
      x: left - 5,
      y: y + 3.5,
      text: tickText[k]!,
      size: SMALL,
      anchor: 'end',
      fill: palette.axisText,
    });
  });
  const marks = input.baseline ?? [];
  for (const part of model.parts.slice(1)) {
    // A split the team made is drawn dashed and labelled by drawBaselineMarks.
    if (marks.some((m) => m.kind === 'part' && m.index === part.from)) continue;
    const x = num((frame.x(part.from - 1) + frame.x(part.from)) / 2);
    body += `<path d="M${x} ${num(top)}V${num(bottom)}" stroke="${palette.separator}" stroke-width="1"/>`;
  }
  body += drawBaselineMarks(t, marks, frame, points.length, locale);
  body += drawAnnotations(t, layout, frame);
  body += drawSeries(input.analysis, model, frame, input.goal, {
    lineWidth: 2,
    dotRadius: frame.slotWidth >= 7 ? 2.6 : frame.slotWidth >= 3.5 ? 1.8 : 0,
    signalRadius: frame.slotWidth >= 7 ? 3.8 : 3,
    showLimits: true,
  });
  for (const l of spreadLabels(
    edge.map((l) => ({ ...l, y: frame.y(l.y) + 3.5 })),
    12,
    top + 4,
    bottom + 3,
  )) {
    body += t.markup({ x: right + 5, y: l.y, text: l.text, size: SMALL, fill: l.fill });
  }
  const years = input.periodYears;
  const yearWidth = years ? t.measure(' 2026', SMALL) : 0;
  const labelWidth =
    Math.max(0, ...input.periodLabels.slice(0, points.length).map((s) => t.measure(s, SMALL))) + yearWidth;
  let shownYear: number | null = null;
  for (const i of thinLabels(points.length, frame.slotWidth, labelWidth)) {
    let text = input.periodLabels[i];
    // The year on the first shown label and wherever it changes from the previous shown label.
    const year = years?.[i] ?? null;
    if (text && year !== null && year !== shownYear) text = `${text} ${year}`;
    if (year !== null) shownYear = year;
    if (text)
      body += t.markup({ x: frame.x(i), y: height - 8, text, size: SMALL, anchor: 'middle', fill: palette.axisText });
  }
  if (!points.some((p) => p.y !== null)) {
    body += t.markup({
      x: (left + right) / 2,
      y: (top + bottom) / 2,
      text: words.noData,
      size: 12,
      anchor: 'middle',
      fill: palette.axisText,
    });
  }
  const title = fitText(t, input.measureName, width - 16, TITLE, 'bold');
  body += t.markup({ x: 8, y: 19, text: title, size: TITLE, weight: 'bold', fill: palette.text });
  if (input.unit) {
    const x = 8 + t.measure(title, TITLE, 'bold') + 8;
    const unit = fitText(t, input.unit, width - x - 8, 11);
    if (unit) body += t.markup({ x, y: 19, text: unit, size: 11, fill: palette.axisText });
  }
  return svgDocument(width, height, t, body);
}
