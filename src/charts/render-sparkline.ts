import type { AnalysisResult, Better, ChartType } from '../analysis';
import type { PngOptions, RenderOptions } from './chart-input';
import { chartFrame } from './chart-frame';
import { drawSeries } from './draw-series';
import { palette } from './palette';
import { dotsPath } from './svg/paths';
import { seriesModel } from './series-model';
import { svgDocument } from './svg/svg-document';
import { createTextRenderer } from './svg/text-renderer';
import { svgToPng } from './svg-to-png';
import { paddedInterval, valueRange, type Quantity } from './value-range';

/** What a sparkline shows: the series, its centre, signals and optionally the goal; no text. */
export interface SparklineInput {
  analysis: AnalysisResult;
  chart?: ChartType;
  goal?: number | null;
  /** The measure's direction: signals of improvement are drawn green. */
  better?: Better;
  exclude?: number[];
  /** What the values count; a proportion's line stays within 0–100 % (see `valueRange`). */
  quantity?: Quantity;
  /** Display unit; "%" marks a proportion when `quantity` is not given. */
  unit?: string | null;
}

/** Renders a small text-free chart (240×60 by default) for summaries. */
export function renderSparklineSvg(input: SparklineInput, options: RenderOptions = {}): string {
  const width = options.width ?? 240;
  const height = options.height ?? 60;
  const model = seriesModel(input.analysis, { exclude: input.exclude, goal: input.goal, better: input.better });
  const range = valueRange(input.chart ?? 'run', input.quantity, input.unit);
  const { lo, hi } = paddedInterval(model.extent, model.dataExtent, range, 0.1);
  const frame = chartFrame(
    model,
    { left: 4, right: width - 4, top: 5, bottom: height - 5 },
    { ticks: [], step: 1, span: [lo, hi] },
  );
  let body = `<rect width="${width}" height="${height}" fill="${palette.background}"/>`;
  body += drawSeries(input.analysis, model, frame, input.goal, {
    lineWidth: 1.5,
    dotRadius: 0,
    signalRadius: 1.8,
    showLimits: false,
  });
  const points = input.analysis.points;
  for (let i = points.length - 1; i >= 0; i--) {
    const y = points[i]!.y;
    if (y === null) continue;
    if (!model.highlight[i]) body += `<path d="${dotsPath([[frame.x(i), frame.y(y)]], 2.2)}" fill="${palette.data}"/>`;
    break;
  }
  return svgDocument(width, height, createTextRenderer('paths'), body);
}

/** Sparkline as PNG. */
export function renderSparklinePng(input: SparklineInput, options: PngOptions = {}): Buffer {
  return svgToPng(renderSparklineSvg(input, options), { scale: options.scale });
}
