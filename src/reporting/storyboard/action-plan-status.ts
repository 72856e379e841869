import type { ActionPlan, Store } from '../../domain';

/** One line of a team's action-plan status on the storyboard. */
export interface ActionPlanLine {
  title: string;
  steps: number;
  /** The plan's date (`YYYY-MM-DD`). */
  planDate: string;
}

// SEAM: the playbook work (handleplan ny, steps with owners and done/moved status) exports a function for a team's
// open and overdue steps; when it is in main, replace the step count with its open/overdue figures here. Until then
// the board shows what the store has: each plan with its number of steps and its date.

/** The team's action plans as the storyboard shows them, newest first (at most `limit`). */
export async function actionPlanStatus(store: Store, teamId: string, limit = 3): Promise<ActionPlanLine[]> {
  const plans: ActionPlan[] = await store.actionPlans.listForTeam(teamId);
  return plans
    .sort((a, b) => b.planDate.localeCompare(a.planDate))
    .slice(0, limit)
    .map((p) => ({ title: p.title, steps: p.steps.length, planDate: p.planDate }));
}
