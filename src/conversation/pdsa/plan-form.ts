import type { Measure, PdsaCycle, Team } from '../../domain';
import { button, submitButton } from '../../cards/button';
import { pdsaPlanFormCard, type FormField } from '../../cards/builders/pdsa-cards';
import type { FlowContext } from '../flow';
import { newNonce } from '../nonce';
import type { Reply } from '../turn';

/** The Plan form's text fields, in IHI worksheet order (ids match the card inputs and PlanFields). */
export const PLAN_TEXT_FIELDS = [
  'title',
  'changeIdea',
  'objective',
  'questions',
  'prediction',
  'who',
  'what',
  'when',
  'where',
  'dataToCollect',
] as const;
/**
 * Due-date inputs of the Plan form, in phase order: when the test should start (the end of Plan), and when Do,
 * Study and Act should be done. Each becomes the due date (and reminder) of that phase.
 */
export const PLAN_DUE_FIELDS = ['duePlan', 'dueDo', 'dueStudy', 'dueAct'] as const;
const MULTILINE = new Set(['changeIdea', 'objective', 'questions', 'prediction', 'what', 'dataToCollect']);
/** What creating a cycle needs (the rest can wait; see pdsa.plan.missing). */
const REQUIRED = new Set(['title', 'objective']);

/** Values typed into the Plan form (a draft), by input id; measureIds comma-separated as the card sends them. */
export type PlanDraft = Partial<
  Record<(typeof PLAN_TEXT_FIELDS)[number] | (typeof PLAN_DUE_FIELDS)[number] | 'measureIds', string>
>;

/** The Plan card for a new cycle of `team`, prefilled with `draft`; `previous` makes it the next cycle of a change idea. */
export function planForm(
  ctx: FlowContext,
  team: Team,
  measures: Measure[],
  draft: PlanDraft,
  options: { headline?: string | null; previous?: PdsaCycle | null } = {},
): Reply[] {
  const { t } = ctx;
  const previous = options.previous ?? null;
  const fields: FormField[] = PLAN_TEXT_FIELDS.map((id) => ({
    id,
    label: t(`pdsa.field.${id}`),
    value: draft[id] ?? '',
    multiline: MULTILINE.has(id),
    placeholder: t(`pdsa.placeholder.${id}`),
    ...(REQUIRED.has(id) ? { required: true, error: t('pdsa.field.requiredError') } : {}),
  }));
  const card = pdsaPlanFormCard({
    headline: options.headline ?? null,
    title: previous ? t('pdsa.plan.nextTitle', { title: previous.title }) : t('pdsa.plan.title'),
    text: t('pdsa.plan.text', { team: team.name }),
    fields,
    measures: measures.length
      ? {
          label: t('pdsa.field.measureIds'),
          choices: measures.map((m) => ({ title: `${m.code} – ${m.name}`, value: m.id })),
          value: draft.measureIds ?? '',
        }
      : null,
    dueTitle: t('pdsa.plan.dueTitle'),
    dates: PLAN_DUE_FIELDS.map((id) => ({ id, label: t(`pdsa.field.${id}`), value: draft[id] ?? '' })),
    submit: submitButton(t('pdsa.button.create'), 'pdsa.create', {
      teamId: team.id,
      nonce: newNonce(),
      ...(previous ? { previousCycleId: previous.id } : {}),
    }),
    buttons: [
      { ...button(t('pdsa.button.saveDraft'), 'pdsa.saveDraft', { teamId: team.id }), inputs: 'auto' },
      button(t('pdsa.button.list'), 'pdsa.list', { teamId: team.id }),
    ],
  });
  return [{ card }];
}

/** The draft for the next cycle of a change idea: same idea and measures; the Act's next step as the objective. */
export function nextCycleDraft(ctx: FlowContext, previous: PdsaCycle, cycleNumber: number): PlanDraft {
  return {
    title: ctx.t('pdsa.nextCycleName', { title: baseTitle(previous.title), n: cycleNumber }),
    changeIdea: previous.changeIdea ?? '',
    objective: previous.act?.nextStep ?? '',
    measureIds: previous.measureIds.join(','),
  };
}

/** A title without a trailing "– cyklus N" / "– cycle N". */
function baseTitle(title: string): string {
  return title.replace(/\s+–\s+(cyklus|cycle)\s+\d+$/i, '');
}
