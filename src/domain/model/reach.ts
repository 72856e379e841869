import type { ReminderKind } from './delivery';

/** Platforms the bot can open a personal chat on by itself (the playground needs no reach). */
export const REACH_PLATFORMS = ['teams', 'slack'] as const;
/** A platform the rollout reaches people on. */
export type ReachPlatform = (typeof REACH_PLATFORMS)[number];

/**
 * Why a listed person cannot be reached on a platform. `no_roster_match`: in no roster the bot has read;
 * `email_not_found`: Slack knows no user with the email; `app_not_installed`: 403 (app blocked or not installed
 * for the user); `user_gone`: 404; `rate_limited` / `error`: transient, retried; `left_team`: removed from the roster.
 */
export const REACH_FAILURES = [
  'no_roster_match',
  'email_not_found',
  'app_not_installed',
  'user_gone',
  'rate_limited',
  'left_team',
  'error',
] as const;
/** A reason a person is not reachable, see REACH_FAILURES. */
export type ReachFailure = (typeof REACH_FAILURES)[number];

/** Failures worth another attempt on the next roster read or rollout run. */
export const RETRYABLE_REACH_FAILURES: ReadonlySet<ReachFailure> = new Set(['rate_limited', 'error']);

/** The last rollout outcome for one person on one platform. */
export interface ReachStatus {
  personId: string;
  platform: ReachPlatform;
  /** Teams tenant id or Slack workspace id. */
  tenantId: string;
  state: 'reached' | 'failed';
  /** Set when state is failed. */
  reason: ReachFailure | null;
  /** The platform's own words (HTTP status, error code), for logs and the coverage view. */
  detail: string | null;
  /** Failed attempts in a row (0 once reached). */
  attempts: number;
  updatedAt: Date;
}

/** Key set to true on a stored conversation reference the bot opened itself (Teams roster reach, Slack conversations.open). */
export const ROLLOUT_MARK = 'openedByRollout';

/** Kinds of reminders a person can pause one by one (`stop påmindelser data`). */
export const PAUSE_KINDS = ['data', 'pdsa', 'seminars', 'summaries'] as const;
/** A pausable kind of reminder, see PAUSE_KINDS. */
export type PauseKind = (typeof PAUSE_KINDS)[number];

/** A person's own contact settings: whether the bot has introduced itself, and which reminders are paused. */
export interface ContactPrefs {
  personId: string;
  /** When the introduction went out (null: the next proactive message carries it). */
  introducedAt: Date | null;
  /** Paused kinds; all of PAUSE_KINDS means every reminder is paused. */
  paused: PauseKind[];
}

const KIND_OF_REMINDER: Record<ReminderKind, PauseKind | null> = {
  data_due: 'data',
  pdsa_due: 'pdsa',
  action_plan_followup: 'pdsa',
  action_step_due: 'pdsa',
  progress_due: 'pdsa',
  seminar: 'seminars',
  seminar_changed: 'seminars',
  storyboard_request: 'seminars',
  storyboard_collection: 'seminars',
  sponsor_summary: 'summaries',
  // A proposal to split a team's chart concerns its data.
  baseline_proposal: 'data',
  // A broadcast is the tovholder's announcement, not a reminder: pausing reminders does not silence it.
  broadcast: null,
};

/** The pausable kind a reminder belongs to (null: it cannot be paused). */
export function pauseKindOf(kind: ReminderKind): PauseKind | null {
  return KIND_OF_REMINDER[kind];
}

/** True when the person paused this kind of reminder. */
export function isPaused(prefs: ContactPrefs, kind: ReminderKind): boolean {
  const pk = pauseKindOf(kind);
  return pk !== null && prefs.paused.includes(pk);
}
