import {
  actionStepProgress,
  isStepOverdue,
  localDate,
  periodLabel,
  type ActionPlan,
  type ActionStep,
  type Person,
  type Team,
} from '../../domain';
import { button } from '../../cards/button';
import { actionPlanListCard, type ActionPlanListStep } from '../../cards/builders/action-plan-cards';
import type { FlowContext } from '../flow';
import type { Reply } from '../turn';
import { ownerName } from './team-people';

/** The team's local date today (deadlines are calendar dates). */
export const today = (ctx: FlowContext) => localDate(ctx.clock.now(), ctx.person.timeZone);

/** "Åben · senest 24.03.2026" / "Overskredet · …" / "Udført 20.03.2026", with the colour the list shows it in. */
export function stepStatus(ctx: FlowContext, step: ActionStep): { text: string; color: ActionPlanListStep['color'] } {
  const { t } = ctx;
  const date = (d: string) => periodLabel(d, ctx.locale);
  if (step.status === 'done')
    return {
      text: t('actionPlan.step.done', { date: date(localDate(step.doneAt ?? new Date(0), ctx.person.timeZone)) }),
      color: 'Good',
    };
  if (isStepOverdue(step, today(ctx)))
    return { text: t('actionPlan.step.overdue', { date: date(step.due!) }), color: 'Attention' };
  return {
    text: step.due ? t('actionPlan.step.open', { date: date(step.due) }) : t('actionPlan.step.openNoDue'),
    color: 'Default',
  };
}

/** The team's action plans, each with its playbook fields and its steps (status, owner, an open button). */
export function planList(
  ctx: FlowContext,
  team: Team,
  plans: ActionPlan[],
  people: Person[],
  canCreate: boolean,
): Reply {
  const { t } = ctx;
  const progress = actionStepProgress(plans, today(ctx));
  const fact = (key: string, value: string | null) => (value ? [{ title: t(`actionPlan.fact.${key}`), value }] : []);
  const card = actionPlanListCard({
    title: t('actionPlan.list.title', { team: team.name }),
    text: plans.length
      ? t('actionPlan.list.text', { open: progress.open.length, overdue: progress.overdue.length, done: progress.done })
      : `${t('actionPlan.list.empty', { team: team.name })} ${canCreate ? t('actionPlan.list.emptyHint') : ''}`.trim(),
    plans: plans.map((plan) => ({
      title: plan.title,
      facts: [
        ...fact('whatToChange', plan.whatToChange),
        ...fact('successCriterion', plan.successCriterion),
        ...fact('when', plan.when),
        ...fact('planDate', periodLabel(plan.planDate, ctx.locale)),
      ],
      steps: plan.steps.map((step) => {
        const status = stepStatus(ctx, step);
        return {
          text: t('actionPlan.step.line', {
            what: step.what,
            owner: ownerName(people, step) ?? t('actionPlan.step.noOwner'),
          }),
          status: status.text,
          color: status.color,
          open: button(t('actionPlan.button.open'), 'actionplan.step', { stepId: step.id }),
        };
      }),
    })),
    buttons: canCreate ? [button(t('actionPlan.button.new'), 'actionplan.new', { teamId: team.id }, 'positive')] : [],
  });
  return { card };
}
