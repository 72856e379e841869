import type { ChartType } from '../analysis';
import { linearScale, niceTicks, type LinearScale } from './scale';
import type { SeriesModel } from './series-model';

/** Plot area and scales of one chart. */
export interface ChartFrame {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Pixel width of one x slot. */
  slotWidth: number;
  /** x pixel of point i (centre of its slot). */
  x(i: number): number;
  y: LinearScale;
  ticks: number[];
  tickStep: number;
}

/** Charts whose values cannot be negative (so the y axis need not go below 0). */
const nonNegative: ReadonlySet<ChartType> = new Set(['p', 'u', 'c', 'mr', 's']);

/** Padded, nice y domain for the model's extent: never below 0 for counts and proportions, never above 100 %. */
export function yDomain(model: SeriesModel, chart: ChartType, tickCount: number): { ticks: number[]; step: number } {
  const [lo, hi] = model.extent ?? [0, 1];
  const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1;
  let d0 = lo - pad;
  let d1 = hi + pad;
  if ((nonNegative.has(chart) || lo >= 0) && d0 < 0) d0 = 0;
  if (chart === 'p' && d1 > 1 && hi <= 1) d1 = 1;
  return niceTicks(d0, d1, tickCount);
}

/** Builds the frame for a plot area; `ticks` come from `yDomain`. */
export function chartFrame(
  model: SeriesModel,
  area: { left: number; right: number; top: number; bottom: number },
  domain: { ticks: number[]; step: number },
): ChartFrame {
  const slotWidth = (area.right - area.left) / Math.max(1, model.slots);
  const d0 = domain.ticks[0] ?? 0;
  const d1 = domain.ticks[domain.ticks.length - 1] ?? 1;
  return {
    ...area,
    slotWidth,
    x: (i) => area.left + ((model.slotOf[i] ?? i) + 0.5) * slotWidth,
    y: linearScale(d0, d1, area.bottom, area.top),
    ticks: domain.ticks,
    tickStep: domain.step,
  };
}
