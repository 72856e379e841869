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
    const typical = typicalOf(history.map((m) => m.denominator).filter((d): d is number => d !== null));
    return typical !== null && values.denominator >= IMPLAUSIBLE_FACTOR * typical
      ? { kind: 'denominatorTenTimesTypical', value: values.denominator, typical }
      : null;
  }
  const typical = typicalOf(history.map((m) => m.value));
  return typical !== null && values.value >= IMPLAUSIBLE_FACTOR * typical
    ? { kind: 'tenTimesTypical', value: values.value, typical }
    : null;
}

/** The median of at least MIN_POINTS_FOR_TYPICAL positive-median numbers, else null. */
function typicalOf(numbers: number[]): number | null {
  if (numbers.length < MIN_POINTS_FOR_TYPICAL) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return median > 0 ? median : null;
}
