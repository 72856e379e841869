import type { Person, Team } from '../../domain';
import { button, submitButton } from '../../cards/button';
import { actionPlanFormCard } from '../../cards/builders/action-plan-cards';
import type { FlowContext } from '../flow';
import { newNonce } from '../nonce';
import type { Reply } from '../turn';
import { PLAN_TEXT_FIELDS, STEP_ROWS, stepIds, type PlanDraft } from './plan-draft';

const MULTILINE = new Set(['whatToChange', 'successCriterion', 'testMethod', 'reportBack']);

/** The playbook's action-plan form for `team`, refilled with `draft` and headed by `problems` after a refusal. */
export function planForm(
  ctx: FlowContext,
  team: Team,
  people: Person[],
  draft: PlanDraft,
  problems: string[] = [],
): Reply[] {
  const { t } = ctx;
  const choices = people.map((p) => ({ title: p.displayName, value: p.id }));
  const card = actionPlanFormCard({
    problems: problems.length ? [t('actionPlan.problems'), ...problems] : [],
    title: t('actionPlan.form.title'),
    text: t('actionPlan.form.text', { team: team.name }),
    fields: PLAN_TEXT_FIELDS.map((id) => ({
      id,
      label: t(`actionPlan.field.${id}`),
      value: draft[id] ?? '',
      multiline: MULTILINE.has(id),
      placeholder: t(`actionPlan.placeholder.${id}`),
    })),
    planDate: { id: 'planDate', label: t('actionPlan.field.planDate'), value: draft.planDate ?? '' },
    stepsTitle: t('actionPlan.form.stepsTitle'),
    steps: Array.from({ length: STEP_ROWS }, (_, i) => {
      const ids = stepIds(i + 1);
      return {
        heading: t('actionPlan.form.step', { n: i + 1 }),
        what: {
          id: ids.what,
          label: t('actionPlan.field.stepWhat'),
          value: draft[ids.what] ?? '',
          multiline: false,
          placeholder: t('actionPlan.placeholder.stepWhat'),
        },
        owner: {
          id: ids.owner,
          label: t('actionPlan.field.stepOwner'),
          value: draft[ids.owner] ?? '',
          placeholder: t('actionPlan.form.ownerPlaceholder'),
          choices,
        },
        due: { id: ids.due, label: t('actionPlan.field.stepDue'), value: draft[ids.due] ?? '' },
      };
    }),
    submit: submitButton(t('actionPlan.button.create'), 'actionplan.create', { teamId: team.id, nonce: newNonce() }),
    buttons: [button(t('actionPlan.button.list'), 'actionplan.list', { teamId: team.id })],
  });
  return [{ card }];
}
