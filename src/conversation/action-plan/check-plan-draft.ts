import { containsCpr, periodLabel, type ActionPlanInput, type Collaborative, type Person } from '../../domain';
import type { FlowContext } from '../flow';
import { parseDateInput } from './parse-date-input';
import { PLAN_FIELD_MAX, PLAN_TEXT_FIELDS, STEP_ROWS, stepIds, type PlanDraft } from './plan-draft';

/** The outcome of checking a form: every problem as a line naming its field, or the plan to store. */
export type PlanCheck = { problems: string[] } | { problems: []; input: ActionPlanInput };

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** Checks a date against the collaborative's period; a problem line, or the ISO date (or null when empty). */
export function checkDate(
  ctx: FlowContext,
  field: string,
  text: string | undefined,
  collaborative: Collaborative,
): { date: string | null; problem?: string } {
  const raw = blank(text);
  if (!raw) return { date: null };
  const date = parseDateInput(raw);
  if (!date) return { date: null, problem: ctx.t('actionPlan.problem.date', { field, value: raw.slice(0, 40) }) };
  if (date < collaborative.startDate || date > collaborative.endDate) {
    const label = (d: string) => periodLabel(d, ctx.locale);
    return {
      date,
      problem: ctx.t('actionPlan.problem.outside', {
        field,
        date: label(date),
        start: label(collaborative.startDate),
        end: label(collaborative.endDate),
      }),
    };
  }
  return { date };
}

/** Checks free text for CPR numbers and length; a problem line or undefined. */
function textProblem(ctx: FlowContext, field: string, text: string | null, max: number): string | undefined {
  if (text && containsCpr(text)) return ctx.t('actionPlan.problem.cpr', { field });
  if (text && text.length > max) return ctx.t('actionPlan.problem.tooLong', { field, max });
  return undefined;
}

/**
 * Checks the action-plan form field by field (required fields, dates inside the collaborative, owners from
 * the team, no CPR numbers) and builds the plan to store when nothing is wrong. Stores nothing itself.
 */
export function checkPlanDraft(
  ctx: FlowContext,
  teamId: string,
  draft: PlanDraft,
  collaborative: Collaborative,
  people: Person[],
): PlanCheck {
  const { t } = ctx;
  const problems: string[] = [];
  const label = (id: string) => t(`actionPlan.field.${id}`).replace(/\s*\([^)]*\)$/, '');
  const text: Record<string, string | null> = {};
  for (const id of PLAN_TEXT_FIELDS) {
    text[id] = blank(draft[id]);
    const problem = textProblem(ctx, label(id), text[id]!, PLAN_FIELD_MAX[id]);
    if (problem) problems.push(problem);
    else if (!text[id] && (id === 'title' || id === 'whatToChange'))
      problems.push(t('actionPlan.problem.required', { field: label(id) }));
  }
  const planDate = checkDate(ctx, label('planDate'), draft.planDate, collaborative);
  if (planDate.problem) problems.push(planDate.problem);
  else if (!planDate.date) problems.push(t('actionPlan.problem.required', { field: label('planDate') }));
  const members = new Set(people.map((p) => p.id));
  const steps: NonNullable<ActionPlanInput['steps']> = [];
  let rowsFilled = 0;
  for (let i = 1; i <= STEP_ROWS; i++) {
    const ids = stepIds(i);
    const step = (what: string) => `${t('actionPlan.form.step', { n: i })}, ${what}`;
    const what = blank(draft[ids.what]);
    const owner = blank(draft[ids.owner]);
    const due = checkDate(ctx, step(label('stepDue').toLowerCase()), draft[ids.due], collaborative);
    if (!what && !owner && !blank(draft[ids.due])) continue;
    rowsFilled++;
    const before = problems.length;
    const whatProblem = textProblem(ctx, step(label('stepWhat').toLowerCase()), what, 1000);
    if (whatProblem) problems.push(whatProblem);
    else if (!what) problems.push(t('actionPlan.problem.stepWhat', { field: step(label('stepWhat').toLowerCase()) }));
    if (owner && !members.has(owner))
      problems.push(t('actionPlan.problem.notMember', { field: step(label('stepOwner').toLowerCase()) }));
    if (due.problem) problems.push(due.problem);
    if (problems.length === before) steps.push({ what: what!, ownerId: owner, due: due.date });
  }
  if (rowsFilled === 0) problems.push(t('actionPlan.problem.noSteps'));
  if (problems.length) return { problems };
  return {
    problems: [],
    input: {
      teamId,
      title: text.title!,
      whatToChange: text.whatToChange!,
      successCriterion: text.successCriterion,
      when: text.when,
      testMethod: text.testMethod,
      reportBack: text.reportBack,
      planDate: planDate.date!,
      steps,
    },
  };
}
