import { linearScale, niceTicks, type LinearScale } from './scale';
import type { SeriesModel } from './series-model';
import { paddedInterval, type ValueRange } from './value-range';

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

/** Y axis of a chart: nice tick values, their step, and the value interval the plot spans. */
export interface YDomain {
  ticks: number[];
  step: number;
  /** Bottom and top of the plot in data units; never beyond the quantity's possible range (unless data are). */
  span: [number, number];
}

/**
 * Padded, nice y domain for the model's extent, kept within the quantity's possible values: a proportion's
 * axis stops at 100 % and 0 %, counts and rates at 0, while the data themselves always stay in view.
 */
export function yDomain(
  model: Pick<SeriesModel, 'extent' | 'dataExtent'>,
  range: ValueRange,
  tickCount: number,
): YDomain {
  const { lo, hi, min, max } = paddedInterval(model.extent, model.dataExtent, range, 0.08);
  const nice = niceTicks(lo, hi, tickCount);
  const eps = nice.step * 1e-6;
  const ticks = nice.ticks.filter((v) => v >= min - eps && v <= max + eps);
  const first = nice.ticks[0] ?? lo;
  const last = nice.ticks[nice.ticks.length - 1] ?? hi;
  return { ticks, step: nice.step, span: [Math.max(first, min), Math.min(last, max)] };
}

/** Builds the frame for a plot area; the y axis comes from `yDomain`. */
export function chartFrame(
  model: SeriesModel,
  area: { left: number; right: number; top: number; bottom: number },
  domain: YDomain,
): ChartFrame {
  const slotWidth = (area.right - area.left) / Math.max(1, model.slots);
  const [d0, d1] = domain.span;
  return {
    ...area,
    slotWidth,
    x: (i) => area.left + ((model.slotOf[i] ?? i) + 0.5) * slotWidth,
    y: linearScale(d0, d1, area.bottom, area.top),
    ticks: domain.ticks,
    tickStep: domain.step,
  };
}
