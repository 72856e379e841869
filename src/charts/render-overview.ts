import { findSignals, messages, type AnalysisResult, type ChartType, type Locale } from '../analysis';
import { chartFrame, yDomain } from './chart-frame';
import { drawSeries } from './draw-series';
import { palette } from './palette';
import { svgToPng } from './svg-to-png';
import { seriesModel, type SeriesModel } from './series-model';
import { num } from './svg/escape-xml';
import { fitText } from './svg/fit-text';
import { dotsPath } from './svg/paths';
import { svgDocument } from './svg/svg-document';
import { createTextRenderer, type TextMode } from './svg/text-renderer';
import { valueRange, type Quantity } from './value-range';
import { formatTick } from './value-format';

/** The tovholder's overview: one small chart per team, same y scale. */
export interface OverviewInput {
  measureName: string;
  teams: Array<{ name: string; analysis: AnalysisResult; periodLabels: string[] }>;
  goal?: number | null;
  chart?: ChartType;
  locale?: Locale;
  /** What the values count; a proportion's axis stays within 0–100 % (see `valueRange`). */
  quantity?: Quantity;
  /** Display unit; "%" marks a proportion when `quantity` is not given. */
  unit?: string | null;
}

/** Grid options: panel size in px and the maximum number of columns (default 5 × 196 px, so the image stays within Teams' 1024 px). */
export interface OverviewOptions {
  columns?: number;
  panelWidth?: number;
  panelHeight?: number;
  text?: TextMode;
}

/** Renders small multiples: team name (marked with a dot when the latest part signals), series, centre, signals, goal. */
export function renderOverviewSvg(input: OverviewInput, options: OverviewOptions = {}): string {
  const chart = input.chart ?? 'run';
  const locale = input.locale ?? 'da';
  const t = createTextRenderer(options.text ?? 'text');
  const pw = options.panelWidth ?? 196;
  const ph = options.panelHeight ?? 110;
  const cols = Math.max(1, Math.min(options.columns ?? 5, input.teams.length));
  const rows = Math.max(1, Math.ceil(input.teams.length / cols));
  const models = input.teams.map((team) => seriesModel(team.analysis, { goal: input.goal }));
  const domain = yDomain(sharedExtent(models), valueRange(chart, input.quantity, input.unit), 3);
  const ticks = domain.ticks.map((v) => formatTick(v, domain.step, chart, locale));
  const gutter = 8 + Math.max(...ticks.map((s) => t.measure(s, 9)));
  const width = gutter + cols * pw + 8;
  const height = 34 + rows * ph + 4;

  let body = `<rect width="${width}" height="${height}" fill="${palette.background}"/>`;
  body += t.markup({
    x: 8,
    y: 20,
    text: fitText(t, input.measureName, width - 16, 14, 'bold'),
    size: 14,
    weight: 'bold',
  });
  input.teams.forEach((team, k) => {
    const px = gutter + (k % cols) * pw;
    const py = 34 + Math.floor(k / cols) * ph;
    const model = models[k]!;
    const frame = chartFrame(model, { left: px + 4, right: px + pw - 6, top: py + 20, bottom: py + ph - 8 }, domain);
    body += `<rect x="${num(px)}" y="${num(py)}" width="${pw - 2}" height="${ph - 2}" fill="none" stroke="${palette.grid}"/>`;
    for (const v of domain.ticks) {
      body += `<path d="M${num(frame.left)} ${num(frame.y(v))}H${num(frame.right)}" stroke="${palette.grid}" stroke-width="0.75"/>`;
    }
    if (k % cols === 0) {
      domain.ticks.forEach((v, i) => {
        body += t.markup({
          x: px - 4,
          y: frame.y(v) + 3,
          text: ticks[i]!,
          size: 9,
          anchor: 'end',
          fill: palette.axisText,
        });
      });
    }
    const signal = latestPartSignals(team.analysis);
    const nameX = signal ? px + 14 : px + 5;
    if (signal) body += `<path d="${dotsPath([[px + 8, py + 10]], 3.5)}" fill="${palette.signal}"/>`;
    const name = fitText(t, team.name, px + pw - 6 - nameX, 11, 'bold');
    body += t.markup({ x: nameX, y: py + 14, text: name, size: 11, weight: 'bold', fill: palette.text });
    body += drawSeries(team.analysis, model, frame, input.goal, {
      lineWidth: 1.25,
      dotRadius: 0,
      signalRadius: 2,
      showLimits: chart !== 'run',
    });
    if (!team.analysis.points.some((p) => p.y !== null)) {
      body += t.markup({
        x: px + pw / 2,
        y: py + ph / 2 + 6,
        text: messages[locale].chart.noData,
        size: 10,
        anchor: 'middle',
        fill: palette.axisText,
      });
    }
  });
  return svgDocument(width, height, t, body);
}

/** Overview as PNG (text as glyph outlines). */
export function renderOverviewPng(
  input: OverviewInput,
  options: Omit<OverviewOptions, 'text'> & { scale?: number } = {},
): Buffer {
  return svgToPng(renderOverviewSvg(input, { ...options, text: 'paths' }), { scale: options.scale });
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
