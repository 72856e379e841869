import { z } from 'zod';

/** The form's text fields, in the playbook's order (ids match the card inputs and ActionPlan). */
export const PLAN_TEXT_FIELDS = [
  'title',
  'whatToChange',
  'successCriterion',
  'when',
  'testMethod',
  'reportBack',
] as const;
/** The longest text each field takes. */
export const PLAN_FIELD_MAX: Record<(typeof PLAN_TEXT_FIELDS)[number], number> = {
  title: 200,
  whatToChange: 4000,
  successCriterion: 4000,
  when: 200,
  testMethod: 4000,
  reportBack: 4000,
};
/** Step rows on the form. */
export const STEP_ROWS = 5;
const ROW_LETTERS = 'ABCDEFGHIJ';
/** Input ids of step row `i` (1-based); letters, since card input ids are letters only (stepAWhat, stepBOwner …). */
export const stepIds = (i: number) => {
  const r = ROW_LETTERS[i - 1]!;
  return { what: `step${r}What`, owner: `step${r}Owner`, due: `step${r}Due` };
};

const str = z.string().max(5000).optional();
const stepKeys = Array.from({ length: STEP_ROWS }, (_, i) => Object.values(stepIds(i + 1))).flat();

/** What the form sent, by input id (everything optional, checked field by field afterwards). */
export const planDraftSchema = z.object(
  Object.fromEntries([...PLAN_TEXT_FIELDS, 'planDate', ...stepKeys].map((k) => [k, str])),
);
/** Values typed into the action-plan form. */
export type PlanDraft = Partial<Record<string, string>>;
