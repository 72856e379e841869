import { describe, expect, it } from 'vitest';
import { checkMeasurementValues, checkPeriod, type Collaborative, type Measure } from '../../src/domain';

const measure = (over: Partial<Measure> = {}): Measure => ({
  id: 'm1',
  collaborativeId: 'c1',
  teamId: null,
  code: 'OP24',
  name: 'Opereret inden 24 timer',
  type: 'process',
  unitKind: 'count',
  unit: null,
  direction: 'higher',
  goal: null,
  period: 'week',
  scope: 'mandatory',
  dataSource: null,
  multiplier: 1,
  chart: 'auto',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});
const collaborative: Collaborative = {
  id: 'c1',
  name: 'LKT',
  clinicalArea: 'Hofte',
  startDate: '2026-01-07',
  endDate: '2027-12-31',
  goals: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
};
const v = (value: number | null, numerator: number | null = null, denominator: number | null = null) => ({
  value,
  numerator,
  denominator,
});
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'ok';
};

describe('checkMeasurementValues', () => {
  it('accepts whole counts from zero, taken from value or numerator', () => {
    expect(checkMeasurementValues(measure(), v(0))).toEqual(v(0));
    expect(checkMeasurementValues(measure(), v(null, 7))).toEqual(v(7));
  });

  it('computes proportions and rates as numerator / denominator', () => {
    expect(checkMeasurementValues(measure({ unitKind: 'proportion' }), v(null, 8, 10))).toEqual(v(0.8, 8, 10));
    expect(checkMeasurementValues(measure({ unitKind: 'proportion' }), v(null, 10, 10))).toEqual(v(1, 10, 10));
    expect(checkMeasurementValues(measure({ unitKind: 'rate' }), v(null, 12, 4))).toEqual(v(3, 12, 4));
  });

  it('accepts continuous values', () => {
    expect(checkMeasurementValues(measure({ unitKind: 'value' }), v(37.5))).toEqual(v(37.5));
  });

  it.each([
    ['a negative count', measure(), v(-1), 'NEGATIVE_VALUE'],
    ['a fractional count', measure(), v(2.5), 'VALIDATION_FAILED'],
    ['a missing count', measure(), v(null), 'VALIDATION_FAILED'],
    ['a denominator on a count', measure(), v(3, null, 10), 'DENOMINATOR_NOT_ALLOWED'],
    ['a negative continuous value', measure({ unitKind: 'value' }), v(-0.5), 'NEGATIVE_VALUE'],
    [
      'a proportion without a denominator',
      measure({ unitKind: 'proportion' }),
      v(null, 3, null),
      'DENOMINATOR_REQUIRED',
    ],
    ['a proportion given only as a value', measure({ unitKind: 'proportion' }), v(0.5), 'DENOMINATOR_REQUIRED'],
    [
      'a numerator above the denominator',
      measure({ unitKind: 'proportion' }),
      v(null, 11, 10),
      'NUMERATOR_EXCEEDS_DENOMINATOR',
    ],
    ['a zero denominator', measure({ unitKind: 'proportion' }), v(null, 0, 0), 'ZERO_DENOMINATOR'],
    ['a negative denominator', measure({ unitKind: 'rate' }), v(null, 1, -4), 'NEGATIVE_VALUE'],
    ['a negative numerator', measure({ unitKind: 'rate' }), v(null, -1, 4), 'NEGATIVE_VALUE'],
  ])('rejects %s', (_name, m, values, code) => {
    expect(codeOf(() => checkMeasurementValues(m, values))).toBe(code);
  });

  it('lets a rate exceed one event per unit of exposure', () => {
    expect(checkMeasurementValues(measure({ unitKind: 'rate' }), v(null, 30, 10)).value).toBe(3);
  });
});

describe('checkPeriod', () => {
  const now = new Date('2026-03-02T09:00:00Z'); // Monday of 2026-W10

  it('returns the first day of a started period within the collaborative', () => {
    expect(checkPeriod(measure(), collaborative, '2026-W10', now, 'Europe/Copenhagen')).toEqual({
      periodStart: '2026-03-02',
    });
    expect(checkPeriod(measure(), collaborative, '2026-W02', now, 'Europe/Copenhagen')).toEqual({
      periodStart: '2026-01-05',
    });
    expect(checkPeriod(measure({ period: 'month' }), collaborative, '2026-01', now, 'Europe/Copenhagen')).toEqual({
      periodStart: '2026-01-01',
    });
    expect(checkPeriod(measure({ period: 'day' }), collaborative, '2026-03-02', now, 'Europe/Copenhagen')).toEqual({
      periodStart: '2026-03-02',
    });
  });

  it.each([
    ['next week', '2026-W11', 'PERIOD_NOT_STARTED'],
    ['a week that ends before the collaborative starts', '2025-W52', 'PERIOD_OUTSIDE_COLLABORATIVE'],
    ['a month key for a weekly measure', '2026-02', 'INVALID_PERIOD'],
    ['week 53 of a year that has 52', '2027-W53', 'INVALID_PERIOD'],
    ['garbage', 'uge 9', 'INVALID_PERIOD'],
  ])('rejects %s', (_name, key, code) => {
    expect(codeOf(() => checkPeriod(measure(), collaborative, key, now, 'Europe/Copenhagen'))).toBe(code);
  });

  it('accepts a week that overlaps the collaborative start', () => {
    expect(checkPeriod(measure(), collaborative, '2026-W02', now, 'UTC').periodStart).toBe('2026-01-05');
    expect(
      checkPeriod(measure(), { ...collaborative, startDate: '2026-01-11' }, '2026-W02', now, 'UTC').periodStart,
    ).toBe('2026-01-05');
  });

  it('rejects a period after the collaborative ended', () => {
    const later = new Date('2028-02-01T12:00:00Z');
    expect(codeOf(() => checkPeriod(measure(), collaborative, '2028-W02', later, 'UTC'))).toBe(
      'PERIOD_OUTSIDE_COLLABORATIVE',
    );
    expect(checkPeriod(measure(), collaborative, '2027-W52', later, 'UTC').periodStart).toBe('2027-12-27');
  });

  it('decides "started" in the user’s time zone', () => {
    const mondayCopenhagen = new Date('2026-03-08T23:30:00Z');
    expect(checkPeriod(measure(), collaborative, '2026-W11', mondayCopenhagen, 'Europe/Copenhagen').periodStart).toBe(
      '2026-03-09',
    );
    expect(codeOf(() => checkPeriod(measure(), collaborative, '2026-W11', mondayCopenhagen, 'UTC'))).toBe(
      'PERIOD_NOT_STARTED',
    );
  });
});
