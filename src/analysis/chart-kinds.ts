import type { ChartType } from './types';

/** True for charts that plot proportions 0–1 (P and P′): shown in %, bounded by 0 and 1. */
export function plotsProportion(chart: ChartType): boolean {
  return chart === 'p' || chart === 'pp';
}

/** True for charts whose values cannot be negative (rates, counts, cases and time between events). */
export function plotsNonNegative(chart: ChartType): boolean {
  return chart === 'u' || chart === 'up' || chart === 'c' || chart === 'g' || chart === 't';
}
