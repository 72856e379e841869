import { DomainError } from './errors';
import type { Collaborative } from './model/organisation';
import type { Measure } from './model/measures';
import { localDate, periodBounds, periodKindOfKey } from './periods';

/** Raw numbers a user gave for one period. */
export interface MeasurementValues {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/**
 * Checks the numbers against the measure's unit kind and returns the value to plot.
 * count: a whole number ≥ 0. proportion: numerator ≤ denominator, denominator > 0 (plotted 0–1).
 * rate: events ≥ 0 per exposure > 0. value: any finite number ≥ 0 unless the measure allows negatives.
 */
export function checkMeasurementValues(measure: Measure, v: MeasurementValues): MeasurementValues & { value: number } {
  const num = v.numerator ?? (measure.unitKind === 'count' || measure.unitKind === 'value' ? v.value : null);
  if (measure.unitKind === 'count' || measure.unitKind === 'value') {
    if (v.denominator !== null) throw new DomainError('DENOMINATOR_NOT_ALLOWED', { measure: measure.code });
    if (num === null) throw new DomainError('VALIDATION_FAILED', { field: 'value' });
    if (num < 0) throw new DomainError('NEGATIVE_VALUE', { value: num });
    if (measure.unitKind === 'count' && !Number.isInteger(num))
      throw new DomainError('VALIDATION_FAILED', { field: 'value' });
    return { value: num, numerator: null, denominator: null };
  }
  if (v.numerator === null || v.denominator === null)
    throw new DomainError('DENOMINATOR_REQUIRED', { measure: measure.code });
  if (v.numerator < 0 || v.denominator < 0)
    throw new DomainError('NEGATIVE_VALUE', { value: Math.min(v.numerator, v.denominator) });
  if (v.denominator === 0) throw new DomainError('ZERO_DENOMINATOR', {});
  if (measure.unitKind === 'proportion' && v.numerator > v.denominator)
    throw new DomainError('NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: v.numerator, denominator: v.denominator });
  return { value: v.numerator / v.denominator, numerator: v.numerator, denominator: v.denominator };
}

/**
 * Checks that a period key fits the measure, has started (in the user's time zone), and lies within the
 * collaborative's dates. Returns the period's first day.
 */
export function checkPeriod(
  measure: Measure,
  collaborative: Collaborative,
  periodKey: string,
  now: Date,
  timeZone: string,
): { periodStart: string } {
  const bounds = periodBounds(periodKey);
  if (!bounds || periodKindOfKey(periodKey) !== measure.period)
    throw new DomainError('INVALID_PERIOD', { period: periodKey });
  const today = localDate(now, timeZone);
  if (bounds.start > today) throw new DomainError('PERIOD_NOT_STARTED', { period: periodKey });
  if (bounds.end < collaborative.startDate || bounds.start > collaborative.endDate)
    throw new DomainError('PERIOD_OUTSIDE_COLLABORATIVE', {
      period: periodKey,
      start: collaborative.startDate,
      end: collaborative.endDate,
    });
  return { periodStart: bounds.start };
}
