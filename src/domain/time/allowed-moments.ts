import { DateTime } from 'luxon';
import { isQuietMinute, minutesOfDay, type TimeRules } from './time-rules';
import { addDays, isClosedDay, nextWorkingDay } from './working-days';

// Allowed moments for reminders, always evaluated in the recipient's time zone with luxon, so a reminder
// written for 08:00 local stays 08:00 local across the March and October daylight-saving changes.

/** True when a reminder may arrive at `at` for a recipient in `zone`. */
export function isAllowedMoment(at: Date, zone: string, rules: TimeRules): boolean {
  const local = DateTime.fromJSDate(at, { zone });
  if (isClosedDay(local.toISODate()!, rules)) return false;
  return !isQuietMinute(local.hour * 60 + local.minute, rules);
}

/** The instant of local date "YYYY-MM-DD" at local time "HH:MM" in `zone` (luxon resolves DST gaps forward). */
export function localMoment(date: string, time: string, zone: string): Date {
  const min = minutesOfDay(time);
  const d = DateTime.fromISO(date, { zone }).set({
    hour: Math.floor(min / 60),
    minute: min % 60,
    second: 0,
    millisecond: 0,
  });
  if (!d.isValid) throw new RangeError(`invalid moment ${date} ${time} ${zone}`);
  return d.toJSDate();
}

/** The local calendar date of `at` in `zone`. */
export function localDateOf(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISODate()!;
}

/** `at` itself when allowed, otherwise the earliest later allowed moment in `zone` (the next working morning). */
export function nextAllowedMoment(at: Date, zone: string, rules: TimeRules): Date {
  if (isAllowedMoment(at, zone, rules)) return at;
  const date = localDateOf(at, zone);
  for (let i = 0; i < 60; i++) {
    const day = addDays(date, i);
    if (isClosedDay(day, rules)) continue;
    // Candidates on this day: its start (if not quiet) and the end of quiet hours; the first one ≥ at wins.
    // (Covers quiet hours over midnight, 18:00–07:30, and within a day, e.g. 12:00–13:00.)
    const candidates = [localMoment(day, '00:00', zone), localMoment(day, rules.quietTo, zone)];
    for (const c of candidates) {
      const local = DateTime.fromJSDate(c, { zone });
      if (c >= at && !isQuietMinute(local.hour * 60 + local.minute, rules)) return c;
    }
  }
  throw new RangeError(`no allowed moment within 60 days of ${at.toISOString()}`);
}

/**
 * "The morning of `date`": the morning time (or `time`) on `date`, or on the next working day when `date` is
 * closed, then moved out of quiet hours if the time itself is quiet.
 */
export function allowedMorning(date: string, zone: string, rules: TimeRules, time = rules.morning): Date {
  return nextAllowedMoment(localMoment(nextWorkingDay(date, rules), time, zone), zone, rules);
}
