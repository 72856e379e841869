import type { Platform } from './common';
import type { ReminderPayload } from './reminder-payloads';

/** Kinds of scheduled messages. */
export const REMINDER_KINDS = [
  'seminar',
  'seminar_changed',
  'data_due',
  'pdsa_due',
  'action_plan_followup',
  'action_step_due',
  'progress_due',
  'sponsor_summary',
  'broadcast',
  'storyboard_request',
  'storyboard_collection',
  'baseline_proposal',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** pending → sending (claimed) → delivered | failed; pending → cancelled | dropped. */
export type ReminderStatus = 'pending' | 'sending' | 'delivered' | 'failed' | 'cancelled' | 'dropped';

/** Where a message goes: to a person (their personal chat) or a stored conversation (a team channel). */
export type Recipient = { kind: 'person'; personId: string } | { kind: 'conversation'; conversationId: string };

/** A durable scheduled message of one kind, with that kind's payload (reminder-payloads.ts). */
export type Reminder = { [K in ReminderKind]: ReminderOf<K> }[ReminderKind];

/** Narrows a reminder to one of `kinds` (its payload then has their fields). */
export const isReminderOf = <K extends ReminderKind>(r: Reminder, ...kinds: K[]): r is Extract<Reminder, { kind: K }> =>
  (kinds as readonly ReminderKind[]).includes(r.kind);

/** A reminder of kind `K`. `dueAt` is UTC; it is already moved out of quiet hours and holidays. */
export interface ReminderOf<K extends ReminderKind> {
  id: string;
  kind: K;
  /** Unique; creating a reminder with an existing key is a no-op (idempotent scheduling). */
  dedupeKey: string;
  recipient: Recipient;
  dueAt: Date;
  /** Kind-specific data, e.g. { seminarId, revision, daysBefore } or { measureId, teamId, periodKey, nudge }. */
  payload: ReminderPayload<K>;
  status: ReminderStatus;
  attempts: number;
  claimedBy: string | null;
  claimedUntil: Date | null;
  /** Identifies the current claim (null when not claimed); heartbeats extend claimedUntil, never this. */
  claimId: string | null;
  deliveredAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}

/** A stored conversation the bot can write to proactively (Teams conversation reference, Slack channel). */
export interface ConversationRef {
  id: string;
  platform: Platform;
  /** Teams tenant id or Slack workspace id. */
  tenantId: string;
  /** The platform's conversation/channel id. */
  conversationId: string;
  kind: 'personal' | 'group' | 'channel';
  /** For a personal chat: the person. */
  personId: string | null;
  /** For a channel linked with `forbind`: the improvement team. */
  teamId: string | null;
  /** The platform's opaque reference (Teams ConversationReference JSON, Slack {channel}). */
  reference: Record<string, unknown>;
  /** Set when the platform said the bot is gone (removed, 403/404); never retried after. */
  deadAt: Date | null;
  updatedAt: Date;
}

/** An audit log entry: every change with who, when, old and new value. */
export interface AuditEntry {
  id: string;
  at: Date;
  actorId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'anonymise';
  oldValue: unknown;
  newValue: unknown;
}
