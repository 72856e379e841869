import { DateTime } from 'luxon';
import { reminderCause, type ActionPlan, type NewReminderOf } from '../../domain';
import { allowedMorning } from '../calendar';
import type { TimeRules } from '../time-rules';
import { recipientKey, type Audience } from './audience';

/** How late a follow-up may still go out (a plan entered after the fact does not nag about the past). */
export const FOLLOW_UP_MAX_LATENESS_MS = 14 * 86_400_000;

/** The drejebog follow-ups after an action plan's date; `weeks` is the 6–12 week follow-up meeting. */
export function followUpSteps(weeks = 8): Array<{ step: string; after: { days?: number; weeks?: number; months?: number; years?: number } }> {
  if (!Number.isInteger(weeks) || weeks < 6 || weeks > 12) throw new RangeError('follow-up weeks must be 6–12');
  return [
    { step: '1w', after: { weeks: 1 } },
    { step: `${weeks}w`, after: { weeks } },
    { step: '6m', after: { months: 6 } },
    { step: '1y', after: { years: 1 } },
  ];
}

/** Follow-up reminders for an action plan: to the team (its channel or its leads) and its tovholder(s). */
export function planActionPlanFollowUps(input: {
  plan: ActionPlan;
  audience: Audience[];
  rules: TimeRules;
  now: Date;
  weeks?: number;
}): NewReminderOf<'action_plan_followup'>[] {
  const { plan, rules, now } = input;
  const out: NewReminderOf<'action_plan_followup'>[] = [];
  for (const { step, after } of followUpSteps(input.weeks)) {
    const date = DateTime.fromISO(plan.planDate, { zone: 'utc' }).plus(after).toISODate()!;
    for (const a of input.audience) {
      const dueAt = allowedMorning(date, a.zone, rules);
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
