import { button } from '../../cards/button';
import { reminderCard } from '../../cards/builders/reminder-cards';
import type { Fact } from '../../cards/button';
import { FOLLOW_UP_MAX_LATENESS_MS } from '../planners/action-plan-plan';
import type { ActionStep } from '../../domain';
import { formatDate } from './format-when';
import { drop, tooLate, type MessageBuilder, type MessageContext } from './message-context';

/** A drejebog follow-up of an action plan (1 week, the 6–12 week meeting, 6 months, 1 year). */
export const actionPlanReminder: MessageBuilder<'action_plan_followup'> = async (r, ctx) => {
  const { actionPlanId, step } = r.payload;
  const plan = await ctx.store.actionPlans.get(actionPlanId);
  if (!plan) return drop('action plan not found');
  if (tooLate(r, ctx.now, FOLLOW_UP_MAX_LATENESS_MS)) return drop('too late after downtime');
  const team = await ctx.store.teams.get(plan.teamId);
  const { t } = ctx;
  const weeks = /^(\d+)w$/.exec(step)?.[1];
  const text =
    step === '1w' || !weeks
      ? t(`reminder.actionPlan.${step}`)
      : t('reminder.actionPlan.weeks', { weeks: Number(weeks) });
  const facts: Fact[] = [
    { title: t('reminder.actionPlan.plan'), value: plan.whatToChange },
    { title: t('reminder.actionPlan.date'), value: formatDate(plan.planDate, ctx.locale) },
  ];
  if (team) facts.push({ title: t('reminder.actionPlan.team'), value: team.name });
  if (plan.successCriterion) facts.push({ title: t('reminder.actionPlan.success'), value: plan.successCriterion });
  if (plan.reportBack) facts.push({ title: t('reminder.actionPlan.reportBack'), value: plan.reportBack });
  const card = reminderCard({
    template: 'reminder-action-plan',
    title: t('reminder.actionPlan.title', { title: plan.title }),
    text,
    facts,
    steps: await stepLines(ctx, plan.steps),
    buttons: [button(t('reminder.button.status'), 'status.show', { teamId: plan.teamId })],
  });
  return { message: { text: card.summary, card } };
};

/** "Anna: ny vagtplan (24.03.2026)" per open step, owners by name. */
async function stepLines(ctx: MessageContext, steps: ActionStep[]): Promise<string[]> {
  const lines: string[] = [];
  for (const s of steps.filter((x) => x.status === 'open')) {
    const owner = s.ownerId ? (await ctx.store.persons.get(s.ownerId))?.displayName : s.ownerName;
    const due = s.due ? ` (${formatDate(s.due, ctx.locale)})` : '';
    lines.push(`${owner ? `${owner}: ` : ''}${s.what}${due}`);
  }
  return lines;
}
