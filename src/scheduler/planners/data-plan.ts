import { periodBounds, reminderCause, type NewReminderOf } from '../../domain';
import { allowedMorning, localDateOf } from '../calendar';
import type { TimeRules } from '../time-rules';
import { addDays, addWorkingDays } from '../working-days';
import { recipientKey, type Audience } from './audience';

/** Working days between the first and the second data nudge. */
export const SECOND_NUDGE_AFTER_WORKING_DAYS = 2;

/**
 * Nudges about a period that closed without a value: the first at the next allowed morning after the period, a
 * second two working days later. Both are planned now; at send time each is dropped if the value has arrived.
 */
export function planDataReminders(input: {
  measureId: string;
  teamId: string;
  periodKey: string;
  audience: Audience[];
  rules: TimeRules;
}): NewReminderOf<'data_due'>[] {
  const { measureId, teamId, periodKey, rules } = input;
  const bounds = periodBounds(periodKey);
  if (!bounds) throw new RangeError(`invalid period ${periodKey}`);
  const out: NewReminderOf<'data_due'>[] = [];
  for (const a of input.audience) {
    const first = allowedMorning(addDays(bounds.end, 1), a.zone, rules);
    const secondDate = addWorkingDays(localDateOf(first, a.zone), SECOND_NUDGE_AFTER_WORKING_DAYS, rules);
    const second = allowedMorning(secondDate, a.zone, rules);
    for (const [nudge, dueAt] of [
      [1, first],
      [2, second],
    ] as const) {
      out.push({
        kind: 'data_due',
        dedupeKey: `data:${measureId}:${teamId}:${periodKey}:${nudge}:${recipientKey(a.recipient)}`,
        causeKey: reminderCause.data(measureId, teamId, periodKey),
        recipient: a.recipient,
        dueAt,
        payload: { measureId, teamId, periodKey, nudge },
      });
    }
  }
  return out;
}
