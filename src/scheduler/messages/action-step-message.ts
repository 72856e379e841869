import { button } from '../../cards/button';
import { reminderCard } from '../../cards/builders/reminder-cards';
import { ACTION_STEP_MAX_LATENESS_MS } from '../planners/action-step-plan';
import { formatDate } from './format-when';
import { drop, tooLate, type MessageBuilder } from './message-context';

/** A step's owner is reminded of the step before its deadline, unless it is done or moved since. */
export const actionStepReminder: MessageBuilder<'action_step_due'> = async (r, ctx) => {
  const { stepId, due } = r.payload;
  const found = await ctx.store.actionPlans.findStep(stepId);
  if (!found) return drop('action step not found');
  const { plan, step } = found;
  if (step.status !== 'open') return drop('step done');
  if (step.due !== due) return drop('deadline moved');
  if (tooLate(r, ctx.now, ACTION_STEP_MAX_LATENESS_MS)) return drop('too late after downtime');
  const { t } = ctx;
  const team = await ctx.store.teams.get(plan.teamId);
  const card = reminderCard({
    template: 'reminder-action-plan',
    title: t('reminder.actionStep.title', { what: step.what }),
    text: t('reminder.actionStep.text', { date: formatDate(due, ctx.locale) }),
    facts: [
      { title: t('reminder.actionPlan.plan'), value: plan.title },
      ...(team ? [{ title: t('reminder.actionPlan.team'), value: team.name }] : []),
    ],
    buttons: [button(t('actionPlan.button.open'), 'actionplan.step', { stepId }, 'positive')],
  });
  return { message: { text: card.summary, card } };
};
