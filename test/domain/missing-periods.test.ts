import { describe, expect, it } from 'vitest';
import { missingFrom, missingPeriods, type MissingScope } from '../../src/domain';

// Wednesday 25 November 2026 (week 48): the last closed week is week 47.
const NOW = new Date('2026-11-25T10:00:00Z');
const ZONE = 'Europe/Copenhagen';

const scope = (over: Partial<MissingScope> & { createdAt?: string }): MissingScope => ({
  measure: { period: 'week', scope: 'mandatory', createdAt: new Date(over.createdAt ?? '2026-01-05T09:00:00Z') },
  recorded: [],
  now: NOW,
  zone: ZONE,
  lookBack: 8,
  ...over,
});

describe('missingPeriods: one count of "Mangler data"', () => {
  it('counts the closed periods of the look-back window without a value, never the current one', () => {
    expect(missingPeriods(scope({ recorded: ['2026-W41', '2026-W45', '2026-W48'] }))).toEqual([
      '2026-W40',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W46',
      '2026-W47',
    ]);
  });

  it('starts at the measure’s first whole period: a measure created on Wednesday of week 44 counts from week 45', () => {
    const s = scope({ createdAt: '2026-10-28T12:00:00Z' });
    expect(missingFrom(s)).toBe('2026-W45');
    expect(missingPeriods(s)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
  });

  it('starts at the team’s first value when that is earlier (history entered after the measure was created)', () => {
    const s = scope({ createdAt: '2026-11-23T08:00:00Z', recorded: ['2026-W42', '2026-W44'] });
    expect(missingFrom(s)).toBe('2026-W42');
    expect(missingPeriods(s)).toEqual(['2026-W43', '2026-W45', '2026-W46', '2026-W47']);
  });

  it('starts no earlier than the team: a team created in week 46 misses weeks 46 and 47 only', () => {
    expect(missingPeriods(scope({ teamCreatedAt: new Date('2026-11-09T07:00:00Z') }))).toEqual([
      '2026-W46',
      '2026-W47',
    ]);
  });

  it('leaves out periods outside the collaborative and an optional measure the team has not reported', () => {
    const collaborative = { startDate: '2026-11-02', endDate: '2026-11-20' };
    expect(missingPeriods(scope({ collaborative }))).toEqual(['2026-W45', '2026-W46']);
    const optional = scope({});
    optional.measure = { ...optional.measure, scope: 'optional' };
    expect(missingPeriods(optional)).toEqual([]);
    expect(missingPeriods({ ...optional, recorded: ['2026-W46'] })).toEqual(['2026-W47']);
  });

  it('counts months and days the same way', () => {
    const months = scope({ lookBack: 3, recorded: ['2026-09'] });
    months.measure = { ...months.measure, period: 'month' };
    expect(missingPeriods(months)).toEqual(['2026-08', '2026-10']);
    const days = scope({ lookBack: 3, createdAt: '2026-11-23T06:00:00Z' });
    days.measure = { ...days.measure, period: 'day' };
    expect(missingPeriods(days)).toEqual(['2026-11-23', '2026-11-24']);
  });
});
