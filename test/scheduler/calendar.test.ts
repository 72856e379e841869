import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { allowedMorning, isAllowedMoment, localMoment, nextAllowedMoment } from '../../src/scheduler/calendar';
import { DEFAULT_TIME_RULES, timeRulesFromConfig, type TimeRules } from '../../src/scheduler/time-rules';
import { addWorkingDays, isClosedDay, publicHolidays } from '../../src/scheduler/working-days';
import { loadConfig } from '../../src/config';

const CPH = 'Europe/Copenhagen';
const rules = DEFAULT_TIME_RULES;
const local = (iso: string, zone = CPH) => DateTime.fromISO(iso, { zone }).toJSDate();
const show = (d: Date, zone = CPH) => DateTime.fromJSDate(d, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");

describe('quiet hours', () => {
  it('allows 07:30 up to 17:59 on a working day and nothing from 18:00 to 07:29', () => {
    expect(isAllowedMoment(local('2026-11-18T07:30'), CPH, rules)).toBe(true);
    expect(isAllowedMoment(local('2026-11-18T17:59'), CPH, rules)).toBe(true);
    expect(isAllowedMoment(local('2026-11-18T18:00'), CPH, rules)).toBe(false);
    expect(isAllowedMoment(local('2026-11-18T07:29'), CPH, rules)).toBe(false);
    expect(isAllowedMoment(local('2026-11-18T00:00'), CPH, rules)).toBe(false);
  });

  it('moves an evening moment to 07:30 the next working morning', () => {
    expect(show(nextAllowedMoment(local('2026-11-18T19:15'), CPH, rules))).toBe('2026-11-19T07:30');
    expect(show(nextAllowedMoment(local('2026-11-19T05:00'), CPH, rules))).toBe('2026-11-19T07:30');
  });

  it('keeps an allowed moment as it is', () => {
    const at = local('2026-11-18T10:42');
    expect(nextAllowedMoment(at, CPH, rules)).toEqual(at);
  });

  it('reads quiet hours and closed days from the configuration', () => {
    const config = loadConfig({ QUIET_HOURS: '17:00-08:00', CLOSED_DAYS: '' });
    const r = timeRulesFromConfig(config.scheduler);
    expect(show(nextAllowedMoment(local('2026-11-18T17:30'), CPH, r))).toBe('2026-11-19T08:00');
    expect(isClosedDay('2026-12-24', r)).toBe(false);
  });

  it('handles a quiet range inside the day (12:00–13:00)', () => {
    const lunch: TimeRules = { ...rules, quietFrom: '12:00', quietTo: '13:00' };
    expect(show(nextAllowedMoment(local('2026-11-18T12:10'), CPH, lunch))).toBe('2026-11-18T13:00');
    expect(show(nextAllowedMoment(local('2026-11-21T12:10'), CPH, lunch))).toBe('2026-11-23T00:00');
  });
});

describe('weekends, holidays and closed days', () => {
  it('moves a Friday evening to Monday morning', () => {
    expect(show(nextAllowedMoment(local('2026-11-20T18:30'), CPH, rules))).toBe('2026-11-23T07:30');
  });

  it('skips Easter (Skærtorsdag to Anden påskedag) from date-holidays', () => {
    expect(show(nextAllowedMoment(local('2026-04-02T10:00'), CPH, rules))).toBe('2026-04-07T07:30');
  });

  it('closes only public holidays, not observances such as 1 May', () => {
    const dk2026 = publicHolidays('DK', 2026);
    expect(dk2026.has('2026-12-25')).toBe(true);
    expect(dk2026.has('2026-05-14')).toBe(true); // Kristi Himmelfartsdag
    expect(dk2026.has('2026-05-01')).toBe(false); // observance
    expect(isClosedDay('2026-05-01', rules)).toBe(false);
  });

  it('treats the configured closed days 24 Dec, 31 Dec and 5 June as closed', () => {
    expect(show(nextAllowedMoment(local('2026-12-24T09:00'), CPH, rules))).toBe('2026-12-28T07:30');
    expect(show(nextAllowedMoment(local('2026-12-31T09:00'), CPH, rules))).toBe('2027-01-04T07:30');
    expect(show(nextAllowedMoment(local('2026-06-05T09:00'), CPH, rules))).toBe('2026-06-08T07:30');
  });

  it('counts working days past Christmas', () => {
    expect(addWorkingDays('2026-12-23', 2, rules)).toBe('2026-12-29');
    expect(addWorkingDays('2026-11-20', 2, rules)).toBe('2026-11-24');
  });
});

describe('daylight saving time', () => {
  it('keeps an 08:00 reminder at 08:00 local across the March change', () => {
    const before = allowedMorning('2026-03-27', CPH, rules);
    const after = allowedMorning('2026-03-30', CPH, rules);
    expect(before.toISOString()).toBe('2026-03-27T07:00:00.000Z');
    expect(after.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(show(after)).toBe('2026-03-30T08:00');
  });

  it('keeps an 08:00 reminder at 08:00 local across the October change', () => {
    expect(allowedMorning('2026-10-23', CPH, rules).toISOString()).toBe('2026-10-23T06:00:00.000Z');
    expect(allowedMorning('2026-10-26', CPH, rules).toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  it('moves a Saturday night over the spring-forward gap to Monday 07:30 local', () => {
    const at = local('2026-03-29T02:30'); // does not exist locally; luxon moves it to 03:30 CEST
    expect(show(nextAllowedMoment(at, CPH, rules))).toBe('2026-03-30T07:30');
  });

  it('uses the recipient time zone', () => {
    const ny = 'America/New_York';
    expect(show(allowedMorning('2026-11-18', ny, rules), ny)).toBe('2026-11-18T08:00');
    expect(localMoment('2026-11-18', '08:00', ny).toISOString()).toBe('2026-11-18T13:00:00.000Z');
  });
});

describe('a simulated year', () => {
  it('always lands on the earliest allowed minute', () => {
    const start = DateTime.fromISO('2026-01-01T00:00', { zone: CPH });
    for (let h = 0; h < 366 * 24; h += 7) {
      const at = start.plus({ hours: h, minutes: (h * 13) % 60 }).toJSDate();
      const next = nextAllowedMoment(at, CPH, rules);
      expect(isAllowedMoment(next, CPH, rules)).toBe(true);
      expect(next >= at).toBe(true);
      if (next > at) expect(isAllowedMoment(new Date(next.getTime() - 60_000), CPH, rules)).toBe(false);
    }
  });
});
