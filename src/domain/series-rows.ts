import type { Measurement } from './model/measures';

/** What locates a row in a chronological series: its period and the period's first day. */
type PeriodOf = Pick<Measurement, 'periodKey' | 'periodStart'>;

/**
 * Where `row`'s period sits in a series ordered by period start: its index when the series holds the period
 * (`found`), else where it would go. Binary search on the start, so a write turn does not walk a long series.
 */
export function periodIndex(series: readonly PeriodOf[], row: PeriodOf): { index: number; found: boolean } {
  let lo = 0;
  let hi = series.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (series[mid]!.periodStart < row.periodStart) lo = mid + 1;
    else hi = mid;
  }
  // Periods of one measure have distinct starts; equal starts are walked all the same.
  for (let i = lo; i < series.length && series[i]!.periodStart === row.periodStart; i++)
    if (series[i]!.periodKey === row.periodKey) return { index: i, found: true };
  let after = lo;
  while (after < series.length && series[after]!.periodStart === row.periodStart) after++;
  return { index: after, found: false };
}

/** The series with `row` in its period's place, replacing the row of the same period (one copy of the series). */
export function withRow<T extends PeriodOf>(series: readonly T[], row: T): T[] {
  const { index, found } = periodIndex(series, row);
  const out = series.slice();
  if (found) out[index] = row;
  else out.splice(index, 0, row);
  return out;
}

/** The series without the row of `row`'s period (the same array when it has none). */
export function withoutRow<T extends PeriodOf>(series: readonly T[], row: PeriodOf): readonly T[] {
  const { index, found } = periodIndex(series, row);
  if (!found) return series;
  const out = series.slice();
  out.splice(index, 1);
  return out;
}
