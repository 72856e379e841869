import { DateTime } from 'luxon';
import { ACTION_STEP_REMINDER_DAYS_BEFORE, reminderCause, type ActionPlan, type NewReminderOf } from '../../domain';
import { allowedMorning } from '../calendar';
import type { TimeRules } from '../time-rules';
import type { Audience } from './audience';

/** How late a step reminder may still go out (catch-up after downtime, a step entered close to its date). */
export const ACTION_STEP_MAX_LATENESS_MS = 3 * 86_400_000;

/**
 * Each open step's owner is reminded ACTION_STEP_REMINDER_DAYS_BEFORE days before its deadline (the morning, moved
 * out of quiet hours and closed days). A moved deadline gives a new key; the old row is dropped at send time.
 */
export function planActionStepReminders(input: {
  plan: ActionPlan;
  owners: Map<string, Audience>;
  rules: TimeRules;
  now: Date;
}): NewReminderOf<'action_step_due'>[] {
  const { plan, owners, rules, now } = input;
  const out: NewReminderOf<'action_step_due'>[] = [];
  for (const step of plan.steps) {
    const owner = step.ownerId ? owners.get(step.ownerId) : undefined;
    if (step.status !== 'open' || !step.due || !owner) continue;
    const date = DateTime.fromISO(step.due, { zone: 'utc' })
      .minus({ days: ACTION_STEP_REMINDER_DAYS_BEFORE })
      .toISODate()!;
    const dueAt = allowedMorning(date, owner.zone, rules);
    if (now.getTime() - dueAt.getTime() > ACTION_STEP_MAX_LATENESS_MS) continue;
    out.push({
      kind: 'action_step_due',
      dedupeKey: `actionstep:${step.id}:${step.due}`,
      causeKey: reminderCause.actionStep(step.id),
      recipient: owner.recipient,
      dueAt,
      payload: { actionPlanId: plan.id, stepId: step.id, teamId: plan.teamId, due: step.due },
    });
  }
  return out;
}
