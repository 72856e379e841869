import type { Button } from '../button';
import type { CardModel } from '../card-model';

/** One measure in a sponsor summary: latest value against the goal, and a sparkline when charts are on. */
export interface SummaryMeasureView {
  name: string;
  latest: string;
  goal: string;
  status: string;
  statusColor: 'Good' | 'Warning';
  chart: { url: string; alt: string } | null;
}

/** A sponsor's weekly summary of one team. */
export interface SponsorSummaryView {
  title: string;
  intro: string;
  measures: SummaryMeasureView[];
  signalsTitle: string;
  signals: string[];
  pdsaTitle: string;
  pdsa: string[];
  missingTitle: string;
  missing: string[];
  /** What the team asks of its sponsor (PDSA cycles, action-plan steps); empty hides the section. */
  requestsTitle?: string;
  requests?: string[];
  /** Open and overdue action-plan steps; empty hides the section. */
  actionPlanTitle?: string;
  actionPlan?: string[];
  footer: string;
  buttons: Button[];
  summary: string;
}

/** Builds the `sponsor-summary` card. */
export function sponsorSummaryCard(view: SponsorSummaryView): CardModel {
  const lines = (xs: string[]) => xs.map((text) => ({ text }));
  const { summary, ...rest } = view;
  return {
    template: 'sponsor-summary',
    summary,
    data: {
      ...rest,
      measures: view.measures.map(({ chart, ...m }) => ({
        ...m,
        hasStatus: m.status !== '',
        hasChart: chart !== null,
        chart: chart?.url ?? '',
        chartAlt: chart?.alt ?? '',
      })),
      signals: lines(view.signals),
      pdsa: lines(view.pdsa),
      missing: lines(view.missing),
      hasRequests: (view.requests ?? []).length > 0,
      requests: lines(view.requests ?? []),
      hasActionPlan: (view.actionPlan ?? []).length > 0,
      actionPlan: lines(view.actionPlan ?? []),
    },
  };
}
