import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { TimeRules } from './time-rules';

// Public holidays come from date-holidays (country DK by default). Only type 'public' closes a day:
// date-holidays also returns 'observance' days (Fastelavn, 1. maj, Grundlovsdag, Juleaftensdag, Mors Dag)
// which are normal working days unless listed in TimeRules.closedDays.

const holidayCache = new Map<string, Set<string>>();

/** Public holidays of a country in a year as a set of local dates "YYYY-MM-DD". */
export function publicHolidays(country: string, year: number): Set<string> {
  const key = `${country}:${year}`;
  let set = holidayCache.get(key);
  if (!set) {
    const hd = new Holidays(country);
    set = new Set(
      hd
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidayCache.set(key, set);
  }
  return set;
}

/** True when the local calendar date "YYYY-MM-DD" is a weekend, a public holiday or a configured closed day. */
export function isClosedDay(date: string, rules: TimeRules): boolean {
  const d = DateTime.fromISO(date, { zone: 'utc' });
  if (!d.isValid) throw new RangeError(`invalid date ${date}`);
  if (d.weekday >= 6) return true;
  if (rules.closedDays.includes(date.slice(5))) return true;
  return publicHolidays(rules.country, d.year).has(date);
}

/** The calendar date `days` days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: string, rules: TimeRules): string {
  let d = date;
  // A year has at most a handful of consecutive closed days; 30 is a safety bound.
  for (let i = 0; i < 30 && isClosedDay(d, rules); i++) d = addDays(d, 1);
  return d;
}

/** The working day `n` working days after `date` (n ≥ 0; n = 0 gives nextWorkingDay(date)). */
export function addWorkingDays(date: string, n: number, rules: TimeRules): string {
  let d = nextWorkingDay(date, rules);
  for (let i = 0; i < n; i++) d = nextWorkingDay(addDays(d, 1), rules);
  return d;
}

/** The name of the public holiday on local date "YYYY-MM-DD" in `lang` (e.g. "Kristi Himmelfartsdag"), or null. */
export function publicHolidayName(date: string, country: string, lang: string): string | null {
  const hd = new Holidays(country);
  const found = hd
    .getHolidays(Number(date.slice(0, 4)), lang)
    .find((h) => h.type === 'public' && h.date.startsWith(date));
  return found?.name ?? null;
}
