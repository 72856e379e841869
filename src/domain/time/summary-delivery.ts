import { DateTime } from 'luxon';
import { allowedMorning } from './allowed-moments';
import type { TimeRules } from './time-rules';

/** The next weekly summary of a weekday (1 = Monday) and "HH:MM" at or after `now`, moved past closed days and quiet hours. */
export function nextSummaryDelivery(
  input: { weekday: number; time: string },
  zone: string,
  rules: TimeRules,
  now: Date,
): { day: DateTime; dueAt: Date } | null {
  const today = DateTime.fromJSDate(now, { zone });
  for (const weeks of [0, 1]) {
    const day = today.plus({ weeks }).set({ weekday: input.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 });
    const dueAt = allowedMorning(day.toISODate()!, zone, rules, input.time);
    if (dueAt >= now) return { day, dueAt };
  }
  return null;
}
