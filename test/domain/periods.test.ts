import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  currentPeriodKey,
  localDate,
  periodBounds,
  periodKeyOfDate,
  periodKindOfKey,
  periodLabel,
  periodRange,
  shiftPeriod,
} from '../../src/domain/periods';

describe('periodKeyOfDate', () => {
  it.each([
    ['week', '2026-11-23', '2026-W48'],
    ['week', '2026-12-31', '2026-W53'],
    ['week', '2027-01-03', '2026-W53'],
    ['week', '2027-01-04', '2027-W01'],
    ['week', '2024-12-30', '2025-W01'],
    ['week', '2021-01-03', '2020-W53'],
    ['day', '2026-11-23', '2026-11-23'],
    ['month', '2026-11-23', '2026-11'],
  ] as const)('puts %s of %s in %s (ISO weeks, Monday first)', (kind, date, key) => {
    expect(periodKeyOfDate(kind, date)).toBe(key);
  });

  it('refuses an invalid date', () => {
    expect(() => periodKeyOfDate('week', '2026-02-30')).toThrow(RangeError);
  });
});

describe('currentPeriodKey and localDate', () => {
  it('uses the calendar date in the given time zone', () => {
    const sundayNightUtc = new Date('2026-03-08T23:30:00Z'); // Monday 00:30 in Copenhagen
    expect(localDate(sundayNightUtc)).toBe('2026-03-09');
    expect(localDate(sundayNightUtc, 'UTC')).toBe('2026-03-08');
    expect(currentPeriodKey('week', sundayNightUtc)).toBe('2026-W11');
    expect(currentPeriodKey('week', sundayNightUtc, 'UTC')).toBe('2026-W10');
    expect(currentPeriodKey('month', new Date('2026-01-31T23:30:00Z'))).toBe('2026-02');
  });
});

describe('periodKindOfKey and periodBounds', () => {
  it.each([
    ['2026-W48', 'week', '2026-11-23', '2026-11-29'],
    ['2026-W53', 'week', '2026-12-28', '2027-01-03'],
    ['2025-W01', 'week', '2024-12-30', '2025-01-05'],
    ['2026-02', 'month', '2026-02-01', '2026-02-28'],
    ['2028-02', 'month', '2028-02-01', '2028-02-29'],
    ['2026-11-23', 'day', '2026-11-23', '2026-11-23'],
  ])('%s is a %s from %s to %s', (key, kind, start, end) => {
    expect(periodKindOfKey(key)).toBe(kind);
    expect(periodBounds(key)).toEqual({ start, end });
  });

  it.each(['2027-W53', '2026-W54', '2026-W00', '2026-13', '2026-00', '2026-02-30', 'uge 47', '2026-W5', ''])(
    'rejects %j',
    (key) => {
      expect(periodBounds(key)).toBeNull();
    },
  );

  it('knows only the three key shapes', () => {
    expect(periodKindOfKey('2026-W5')).toBeNull();
    expect(periodKindOfKey('26-11')).toBeNull();
  });
});

describe('shiftPeriod, periodRange and comparePeriods', () => {
  it('steps across year boundaries and week 53', () => {
    expect(shiftPeriod('2026-W52', 1)).toBe('2026-W53');
    expect(shiftPeriod('2026-W53', 1)).toBe('2027-W01');
    expect(shiftPeriod('2027-W01', -1)).toBe('2026-W53');
    expect(shiftPeriod('2025-W52', 1)).toBe('2026-W01');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftPeriod('2026-W10', 0)).toBe('2026-W10');
    expect(() => shiftPeriod('2027-W53', 1)).toThrow(RangeError);
  });

  it('lists a range oldest first, inclusive', () => {
    expect(periodRange('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(periodRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodRange('2026-W10', '2026-W09')).toEqual([]);
    expect(periodRange(shiftPeriod('2026-W10', -103), '2026-W10')).toHaveLength(104);
  });

  it('compares chronologically, not as text', () => {
    expect(comparePeriods('2026-W53', '2027-W01')).toBeLessThan(0);
    expect(comparePeriods('2027-W01', '2026-W53')).toBeGreaterThan(0);
    expect(comparePeriods('2026-W09', '2026-W10')).toBeLessThan(0);
    expect(comparePeriods('2026-11', '2026-11')).toBe(0);
  });
});

describe('periodLabel', () => {
  it('labels in Danish and English', () => {
    expect(periodLabel('2026-W07')).toBe('uge 7');
    expect(periodLabel('2026-W47', 'en')).toBe('week 47');
    expect(periodLabel('2026-11-23')).toBe('23.11.2026');
    expect(periodLabel('2026-11-23', 'en')).toBe('2026-11-23');
    expect(periodLabel('2026-11')).toBe('nov. 2026');
    expect(periodLabel('2026-11', 'en')).toBe('Nov 2026');
    expect(periodLabel('noget')).toBe('noget');
  });
});
