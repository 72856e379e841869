import { describe, expect, it } from 'vitest';
import { periodBounds, periodIndex, shiftPeriod, withoutRow, withRow } from '../../src/domain';

const row = (periodKey: string, value = 1) => ({ periodKey, periodStart: periodBounds(periodKey)!.start, value });
const weeks = (from: string, n: number) => Array.from({ length: n }, (_, i) => row(shiftPeriod(from, i)));

describe('rows of a chronological series', () => {
  const series = weeks('2026-W01', 10).filter((_, i) => i !== 4);

  it('finds a period by binary search, or where it would go', () => {
    expect(periodIndex(series, row('2026-W01'))).toEqual({ index: 0, found: true });
    expect(periodIndex(series, row('2026-W10'))).toEqual({ index: 8, found: true });
    expect(periodIndex(series, row('2026-W05'))).toEqual({ index: 4, found: false });
    expect(periodIndex(series, row('2025-W52'))).toEqual({ index: 0, found: false });
    expect(periodIndex(series, row('2026-W11'))).toEqual({ index: 9, found: false });
    expect(periodIndex([], row('2026-W11'))).toEqual({ index: 0, found: false });
  });

  it('tells apart periods that start the same day (a day and a week)', () => {
    const mixed = [row('2026-W02'), row('2026-01-05')];
    expect(periodIndex(mixed, row('2026-01-05'))).toEqual({ index: 1, found: true });
    expect(periodIndex(mixed, row('2026-01-05', 2)).found).toBe(true);
    expect(periodIndex([row('2026-W02')], row('2026-01-05'))).toEqual({ index: 1, found: false });
  });

  it('puts a row in its place or replaces its period, without changing the series it was given', () => {
    const before = [...series];
    const inserted = withRow(series, row('2026-W05', 7));
    expect(inserted.map((r) => r.periodKey)).toEqual(weeks('2026-W01', 10).map((r) => r.periodKey));
    expect(withRow(series, row('2026-W03', 9))[2]).toEqual(row('2026-W03', 9));
    expect(withRow(series, row('2026-W03', 9))).toHaveLength(9);
    expect(withRow(series, row('2026-W20')).at(-1)!.periodKey).toBe('2026-W20');
    expect(series).toEqual(before);
  });

  it('takes a period out, and leaves a series without it as it is', () => {
    expect(withoutRow(series, row('2026-W03')).map((r) => r.periodKey)).not.toContain('2026-W03');
    expect(withoutRow(series, row('2026-W03'))).toHaveLength(8);
    expect(withoutRow(series, row('2026-W05'))).toBe(series);
  });
});
