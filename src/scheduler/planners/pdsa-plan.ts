import { reminderCause, type NewReminderOf, type PdsaCycle } from '../../domain';
import { allowedMorning } from '../calendar';
import type { TimeRules } from '../time-rules';

/** How late a phase reminder may still go out (catch-up after downtime, or a due date entered in the past). */
export const PDSA_REMINDER_MAX_LATENESS_MS = 7 * 86_400_000;

/**
 * The owner's reminder for the cycle's current phase, on its due date at the morning time (moved to the next
 * allowed moment), unless the cycle was worked on after that moment. A changed due date gives a new key; the
 * old row is dropped at send time because it no longer matches the cycle.
 */
export function planPdsaReminder(input: {
  cycle: PdsaCycle;
  zone: string;
  rules: TimeRules;
  now: Date;
}): NewReminderOf<'pdsa_due'>[] {
  const { cycle, zone, rules, now } = input;
  if (cycle.phase === 'done' || !cycle.ownerId) return [];
  const dueDate = cycle.dueDates[cycle.phase];
  if (!dueDate) return [];
  const dueAt = allowedMorning(dueDate, zone, rules);
  if (now.getTime() - dueAt.getTime() > PDSA_REMINDER_MAX_LATENESS_MS) return [];
  // The team worked on the cycle after that morning (created it, moved it on or set the date): they have seen
  // where it stands, so a reminder now would only nag (a Plan "due today" created at noon, a late Do).
  if (dueAt.getTime() <= cycle.updatedAt.getTime()) return [];
  return [
    {
      kind: 'pdsa_due',
      dedupeKey: `pdsa:${cycle.id}:${cycle.phase}:${dueDate}`,
      causeKey: reminderCause.pdsa(cycle.id),
      recipient: { kind: 'person', personId: cycle.ownerId },
      dueAt,
      payload: { cycleId: cycle.id, teamId: cycle.teamId, phase: cycle.phase, dueDate },
    },
  ];
}
