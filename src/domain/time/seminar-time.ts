import { DateTime } from 'luxon';
import { isQuietMinute, minutesOfDay, type TimeRules } from './time-rules';
import { isClosedDay, publicHolidayName } from './working-days';

/** Why a seminar cannot take place at the time given; null when it can. */
export type SeminarTimeProblem =
  | { kind: 'endBeforeStart' }
  | { kind: 'spansDays' }
  | { kind: 'weekend'; date: string }
  | { kind: 'holiday'; date: string; name: string }
  | { kind: 'closedDay'; date: string }
  | { kind: 'outsideHours'; from: string; to: string };

/**
 * Checks a seminar's time against the same rules as reminders: it starts and ends on one working day (no
 * weekend, public holiday or configured closed day) and lies wholly outside quiet hours (e.g. 07:30–18:00
 * with QUIET_HOURS=18:00-07:30). Evaluated in `zone`; `lang` names a holiday ("da" or "en").
 */
export function seminarTimeProblem(
  startsAt: Date,
  endsAt: Date,
  zone: string,
  rules: TimeRules,
  lang: string,
): SeminarTimeProblem | null {
  if (endsAt <= startsAt) return { kind: 'endBeforeStart' };
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone });
  const date = start.toISODate()!;
  if (
    end.toISODate() !== date &&
    !(end.toISODate() === start.plus({ days: 1 }).toISODate() && end.hour === 0 && end.minute === 0)
  )
    return { kind: 'spansDays' };
  if (start.weekday >= 6) return { kind: 'weekend', date };
  const holiday = publicHolidayName(date, rules.country, lang);
  if (holiday) return { kind: 'holiday', date, name: holiday };
  if (isClosedDay(date, rules)) return { kind: 'closedDay', date };
  if (!withinWorkingHours(start.hour * 60 + start.minute, end.diff(start.startOf('day'), 'minutes').minutes, rules))
    return { kind: 'outsideHours', from: rules.quietTo, to: rules.quietFrom };
  return null;
}

// The span [startMin, endMin) of minutes after local midnight is free of quiet hours when its first minute is not
// quiet and quiet hours do not begin inside it (quiet hours are one range, possibly over midnight).
function withinWorkingHours(startMin: number, endMin: number, rules: TimeRules): boolean {
  const quietFrom = minutesOfDay(rules.quietFrom);
  return !isQuietMinute(startMin, rules) && !(quietFrom > startMin && quietFrom < endMin);
}
