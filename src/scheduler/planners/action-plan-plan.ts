import { DateTime } from 'luxon';
import { playbookTimeline, reminderCause, type ActionPlan, type NewReminderOf } from '../../domain';
import { allowedMorning } from '../calendar';
import type { TimeRules } from '../time-rules';
import { recipientKey, type Audience } from './audience';

/** How late a follow-up may still go out (a plan entered after the fact does not nag about the past). */
export const FOLLOW_UP_MAX_LATENESS_MS = 14 * 86_400_000;

/** The drejebog follow-ups after an action plan's date; `weeks` is the 6–12 week follow-up meeting. */
export function followUpSteps(
  weeks = 8,
): Array<{ step: string; after: { days?: number; weeks?: number; months?: number; years?: number } }> {
  return playbookTimeline(weeks)
    .filter((m) => !m.before)
    .map((m) => ({ step: m.step, after: m.offset }));
}

/**
 * The playbook's reminders around an action plan's case meeting, to the team (its channel or its leads) and its
 * tovholder(s): before the meeting only those still ahead when the plan was entered, after it each follow-up
 * unless it is more than FOLLOW_UP_MAX_LATENESS_MS past.
 */
export function planActionPlanFollowUps(input: {
  plan: ActionPlan;
  audience: Audience[];
  rules: TimeRules;
  now: Date;
  weeks?: number;
}): NewReminderOf<'action_plan_followup'>[] {
  const { plan, rules, now } = input;
  const out: NewReminderOf<'action_plan_followup'>[] = [];
  for (const { step, offset, before } of playbookTimeline(input.weeks)) {
    const date = DateTime.fromISO(plan.planDate, { zone: 'utc' }).plus(offset).toISODate()!;
    for (const a of input.audience) {
      const dueAt = allowedMorning(date, a.zone, rules);
      if (before && dueAt.getTime() <= plan.createdAt.getTime()) continue;
      if (now.getTime() - dueAt.getTime() > FOLLOW_UP_MAX_LATENESS_MS) continue;
      out.push({
        kind: 'action_plan_followup',
        dedupeKey: `actionplan:${plan.id}:${step}:${recipientKey(a.recipient)}`,
        causeKey: reminderCause.actionPlan(plan.id),
        recipient: a.recipient,
        dueAt,
        payload: { actionPlanId: plan.id, teamId: plan.teamId, step, followUpDate: date },
      });
    }
  }
  return out;
}
