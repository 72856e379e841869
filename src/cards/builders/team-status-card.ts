import type { Button, Fact } from '../button';
import type { CardModel } from '../card-model';

/** One measure on the status card: latest value vs goal, signal, missing periods, and a chart button. */
export interface StatusMeasure {
  title: string;
  facts: Fact[];
  /** Attention when data are missing or the goal is not met, else Default. */
  color: 'Attention' | 'Good' | 'Default';
  chart: Button;
}

/** A team's status: each measure, then active PDSA cycles with their next due step. */
export interface TeamStatusView {
  title: string;
  subtitle: string;
  measures: StatusMeasure[];
  pdsaTitle: string;
  pdsa: Fact[];
  pdsaEmpty: string;
  /** The team's action plans: open and overdue steps (empty when the team has no plan). */
  actionPlanTitle?: string;
  actionPlan?: Fact[];
  buttons: Button[];
}

/** Builds the `team-status` card. */
export function teamStatusCard(view: TeamStatusView): CardModel {
  return {
    template: 'team-status',
    summary: `${view.title}. ${view.subtitle}`,
    data: {
      ...view,
      hasPdsa: view.pdsa.length > 0,
      noPdsa: view.pdsa.length === 0,
      hasActionPlan: (view.actionPlan ?? []).length > 0,
    },
  };
}
