import type { MeasurementValues } from './measurement-rules';
import type { Measure } from './model/measures';

/** How many times the typical value a new one must reach before the bot asks "are you sure?". */
export const IMPLAUSIBLE_FACTOR = 10;
/** Points a series needs before its median counts as "typical". */
export const MIN_POINTS_FOR_TYPICAL = 5;

/**
 * Why a value that passed the hard rules (checkMeasurementValues) still looks like a typo: a percentage over
 * 100 for a value measure in %, a value (count, value, rate) or a proportion's denominator at least ten times
 * the series' median. Deliberately one-sided: a very low value (zero falls, a quiet week) is often real.
 */
export type Implausible =
  | { kind: 'percentOver100'; value: number }
  | { kind: 'tenTimesTypical'; value: number; typical: number }
  | { kind: 'denominatorTenTimesTypical'; value: number; typical: number };

/**
 * Judges a checked value against the rest of its series (the period's own point excluded by the caller);
 * null when it looks ordinary. Values are stored units (a rate per exposure, not per multiplier).
 */
export function implausibleValue(
  measure: Measure,
  values: MeasurementValues & { value: number },
  history: ReadonlyArray<MeasurementValues & { value: number }>,
): Implausible | null {
  if (measure.unitKind === 'value' && measure.unit?.trim() === '%' && values.value > 100)
    return { kind: 'percentOver100', value: values.value };
  if (measure.unitKind === 'proportion') {
    if (values.denominator === null) return null;
    const typical = typicalOf(history, (m) => m.denominator);
    return typical !== null && values.denominator >= IMPLAUSIBLE_FACTOR * typical
      ? { kind: 'denominatorTenTimesTypical', value: values.denominator, typical }
      : null;
  }
  const typical = typicalOf(history, (m) => m.value);
  return typical !== null && values.value >= IMPLAUSIBLE_FACTOR * typical
    ? { kind: 'tenTimesTypical', value: values.value, typical }
    : null;
}

/** The median of `pick` over the rows that have it, when at least MIN_POINTS_FOR_TYPICAL do and it is positive. */
function typicalOf<T>(rows: readonly T[], pick: (row: T) => number | null): number | null {
  const numbers = new Float64Array(rows.length);
  let count = 0;
  for (const row of rows) {
    const v = pick(row);
    if (v !== null) numbers[count++] = v;
  }
  if (count < MIN_POINTS_FOR_TYPICAL) return null;
  const median = medianOf(numbers.subarray(0, count));
  return median > 0 ? median : null;
}

/** The median of `a` (reordered in place) in linear time: the middle order statistic(s) by selection. */
function medianOf(a: Float64Array): number {
  const mid = a.length >> 1;
  const upper = select(a, mid);
  if (a.length % 2) return upper;
  // After selecting `mid`, everything before it is no larger: the lower middle is the largest of those.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/** The k-th smallest of `a` (0-based), partially ordering `a` in place (Hoare's selection, middle pivot). */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
