declare const causeKeyBrand: unique symbol;

/**
 * A cause key groups the reminders of one cause (a seminar, a cycle's due date, a broadcast) so they can be listed,
 * cancelled or replaced together. Branded: only `reminderCause` makes one, so planners, flows and sweeps agree.
 */
export type CauseKey = string & { readonly [causeKeyBrand]: true };

const key = (text: string) => text as CauseKey;

/** The cause key builders, one per cause; the text format is stored in `reminders.cause_key`. */
export const reminderCause = {
  /** A seminar's invitation and reminders (cancelled or re-planned when the seminar changes). */
  seminar: (seminarId: string) => key(`seminar:${seminarId}`),
  /** Notices that a seminar was changed or cancelled. */
  seminarNotice: (seminarId: string) => key(`seminar-notice:${seminarId}`),
  /** A PDSA cycle's phase due-date reminders. */
  pdsa: (cycleId: string) => key(`pdsa:${cycleId}`),
  /** An action plan's follow-ups. */
  actionPlan: (planId: string) => key(`actionplan:${planId}`),
  /** An action-plan step's reminder to its owner. */
  actionStep: (stepId: string) => key(`actionstep:${stepId}`),
  /** The monthly questions for a team's IHI progress score. */
  progress: (teamId: string) => key(`progress:${teamId}`),
  /** The nudges about one missing value of a team's measure in one period. */
  data: (measureId: string, teamId: string, periodKey: string) => key(`data:${measureId}:${teamId}:${periodKey}`),
  /** A sponsor's weekly summaries of one team. */
  summary: (personId: string, teamId: string) => key(`summary:${personId}:${teamId}`),
  /** A broadcast's deliveries, one row per conversation. */
  broadcast: (broadcastId: string) => key(`broadcast:${broadcastId}`),
  /** A proposal of a new part of a team's chart, one row per team member. */
  baselineProposal: (teamId: string, measureId: string, periodKey: string) =>
    key(`baseline-proposal:${teamId}:${measureId}:${periodKey}`),
  /** A broadcast's delivery report to its sender. */
  broadcastReport: (broadcastId: string) => key(`broadcast-report:${broadcastId}`),
  /** A seminar's storyboard requests to team leads and the collection to tovholdere. */
  storyboard: (seminarId: string) => key(`storyboard:${seminarId}`),
} as const;
