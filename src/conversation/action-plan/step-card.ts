import { localDate, periodLabel, type ActionPlan, type ActionStep, type Person } from '../../domain';
import { button, submitButton } from '../../cards/button';
import { actionStepCard } from '../../cards/builders/action-plan-cards';
import type { FlowContext } from '../flow';
import { newNonce } from '../nonce';
import type { Reply } from '../turn';
import { stepStatus } from './list-card';
import { ownerName } from './team-people';

/** Who may do what on a step's card: mark done, move and comment (`step`); ask the sponsor (`write`). */
export interface StepRights {
  step: boolean;
  write: boolean;
}

/** The card of one action-plan step: plan, owner, status, sponsor request, comments, and its small form. */
export function stepCard(
  ctx: FlowContext,
  plan: ActionPlan,
  step: ActionStep,
  people: Person[],
  rights: StepRights,
  headline: string | null = null,
): Reply {
  const { t } = ctx;
  const facts = [
    { title: t('actionPlan.step.plan'), value: plan.title },
    { title: t('actionPlan.step.owner'), value: ownerName(people, step) ?? t('actionPlan.step.noOwner') },
    { title: t('actionPlan.step.status'), value: stepStatus(ctx, step).text },
    ...(step.sponsorHelp ? [{ title: t('actionPlan.step.sponsorHelp'), value: step.sponsorHelp }] : []),
  ];
  const comments = step.comments.map((c) =>
    t('actionPlan.step.comment', {
      date: periodLabel(localDate(c.at, ctx.person.timeZone), ctx.locale),
      who: people.find((p) => p.id === c.personId)?.displayName ?? '',
      text: c.text,
    }),
  );
  const form = rights.step
    ? {
        due: { id: 'stepDue', label: t('actionPlan.step.field.due'), value: step.due ?? '' },
        comment: {
          id: 'stepComment',
          label: t('actionPlan.step.field.comment'),
          value: '',
          multiline: true,
          placeholder: '',
        },
        sponsorHelp: rights.write
          ? {
              id: 'stepSponsorHelp',
              label: t('actionPlan.step.field.sponsorHelp'),
              value: step.sponsorHelp ?? '',
              multiline: true,
              placeholder: t('actionPlan.step.placeholder.sponsorHelp'),
            }
          : null,
      }
    : null;
  const buttons = [];
  if (rights.step) {
    buttons.push(
      submitButton(t('actionPlan.button.save'), 'actionplan.saveStep', { stepId: step.id, nonce: newNonce() }),
    );
    const done = step.status === 'open';
    buttons.push(
      button(
        t(done ? 'actionPlan.button.done' : 'actionPlan.button.reopen'),
        'actionplan.markStep',
        { stepId: step.id, status: done ? 'done' : 'open', nonce: newNonce() },
        done ? 'positive' : 'default',
      ),
    );
  }
  buttons.push(button(t('actionPlan.button.list'), 'actionplan.list', { teamId: plan.teamId }));
  return {
    card: actionStepCard({
      headline,
      title: t('actionPlan.step.title', { what: step.what }),
      facts,
      commentsTitle: t('actionPlan.step.comments'),
      comments,
      form,
      buttons,
    }),
  };
}
