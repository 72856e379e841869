import type { ActionPlan, ActionStep } from './model/action-plan';

/** A step with its plan, for lists of open and overdue steps. */
export interface PlannedStep {
  plan: ActionPlan;
  step: ActionStep;
}

/** Where a team's action plans stand on a given day: open steps, and those of them past their deadline. */
export interface ActionStepProgress {
  total: number;
  done: number;
  /** Open steps, earliest deadline first (steps without one last). */
  open: PlannedStep[];
  /** Open steps whose deadline is before `today`. */
  overdue: PlannedStep[];
  /** Open steps on which the team asks its sponsor for help. */
  sponsorRequests: PlannedStep[];
}

/** True when the step is open and its deadline (`YYYY-MM-DD`) lies before `today` (`YYYY-MM-DD`). */
export function isStepOverdue(step: ActionStep, today: string): boolean {
  return step.status === 'open' && step.due !== null && step.due < today;
}

/** Counts and lists a team's open and overdue action-plan steps as of `today` (the team's local date). */
export function actionStepProgress(plans: readonly ActionPlan[], today: string): ActionStepProgress {
  const all = plans.flatMap((plan) => plan.steps.map((step) => ({ plan, step })));
  const open = all
    .filter((s) => s.step.status === 'open')
    .sort((a, b) => (a.step.due ?? '9999').localeCompare(b.step.due ?? '9999') || a.step.position - b.step.position);
  return {
    total: all.length,
    done: all.length - open.length,
    open,
    overdue: open.filter((s) => isStepOverdue(s.step, today)),
    sponsorRequests: open.filter((s) => s.step.sponsorHelp),
  };
}
