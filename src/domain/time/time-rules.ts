/** When reminders may arrive and seminars may take place: outside quiet hours, on working days that are not closed. Times are local "HH:MM". */
export interface TimeRules {
  /** Quiet hours start, e.g. "18:00" (local time of the recipient). */
  quietFrom: string;
  /** Quiet hours end, e.g. "07:30"; may be earlier than quietFrom (quiet over midnight). */
  quietTo: string;
  /** Extra closed days "MM-DD" on top of public holidays (default 24 Dec, 31 Dec, 5 June). */
  closedDays: string[];
  /** Country whose public holidays close a day (date-holidays country code). */
  country: string;
  /** Local time of "morning" reminders (data nudges, follow-ups, seminar reminders), "HH:MM". */
  morning: string;
}

/** Defaults matching the config defaults (QUIET_HOURS=18:00-07:30, CLOSED_DAYS=12-24,12-31,06-05). */
export const DEFAULT_TIME_RULES: TimeRules = {
  quietFrom: '18:00',
  quietTo: '07:30',
  closedDays: ['12-24', '12-31', '06-05'],
  country: 'DK',
  morning: '08:00',
};

/** Minutes after local midnight of "HH:MM". */
export function minutesOfDay(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`invalid time ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** True when local minute-of-day `min` lies in quiet hours (the range may wrap midnight). */
export function isQuietMinute(min: number, rules: TimeRules): boolean {
  const from = minutesOfDay(rules.quietFrom);
  const to = minutesOfDay(rules.quietTo);
  if (from === to) return false;
  return from > to ? min >= from || min < to : min >= from && min < to;
}
