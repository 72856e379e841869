import type { Actor } from '../model/common';
import type { Recipient, Reminder, ReminderKind } from '../model/delivery';
import type { CauseKey } from '../model/reminder-causes';
import type { ReminderPayload } from '../model/reminder-payloads';
import type { Seminar, SeminarInput, SeminarRsvp, SponsorSubscription } from '../model/plans';

/** A reminder to schedule, of any kind. */
export type NewReminder = { [K in ReminderKind]: NewReminderOf<K> }[ReminderKind];

/** A reminder of kind `K` to schedule. `causeKey` groups the reminders of one cause (`reminderCause`) for cancel/update. */
export interface NewReminderOf<K extends ReminderKind> {
  kind: K;
  dedupeKey: string;
  causeKey: CauseKey;
  recipient: Recipient;
  dueAt: Date;
  payload: ReminderPayload<K>;
}

/** What a mark needs of the reminder as the caller read it (see the fence on the marks). */
export type ReminderClaim = Pick<Reminder, 'id' | 'claimedBy' | 'claimedUntil'> & { claimId?: string | null };

/** Durable reminders. Claiming is atomic: two instances never claim the same row. */
export interface ReminderRepo {
  /** Inserts unless a reminder with the same dedupeKey exists (then returns null). */
  schedule(r: NewReminder): Promise<Reminder | null>;
  /**
   * Claims up to `limit` rows that are pending with dueAt ≤ now, or `sending` with an expired lease, for
   * `workerId` until now + leaseMs (PostgreSQL: FOR UPDATE SKIP LOCKED). Oldest first.
   */
  claimDue(now: Date, limit: number, workerId: string, leaseMs: number): Promise<Reminder[]>;
  /*
   * The marks are fenced: each applies only while the row is still in the state the caller read — claimed by the
   * same claim (same claimer and lease end) or, for a row read unclaimed, still pending. A send that outlived its
   * lease therefore cannot overwrite what the instance that took the row over recorded (say, put a delivered
   * row back to pending). Each returns false when the fence did not hold and nothing was changed.
   */
  markDelivered(r: ReminderClaim, at: Date): Promise<boolean>;
  /** Back to pending with a later dueAt; attempts + 1. */
  markRetry(r: ReminderClaim, nextAttemptAt: Date, error: string): Promise<boolean>;
  markFailed(r: ReminderClaim, error: string): Promise<boolean>;
  /** Not sent because no longer relevant (e.g. seminar already started); reason recorded. */
  markDropped(r: ReminderClaim, reason: string): Promise<boolean>;
  /**
   * Heartbeat: extends to now + leaseMs the leases `workerId` still holds (sending, lease not yet ended); returns
   * the ids extended. A lease that already ended is not revived: another instance may have the row by now.
   */
  extendClaims(workerId: string, now: Date, leaseMs: number): Promise<string[]>;
  /** Puts every row `workerId` holds (sending) back to pending for other instances; returns how many. */
  releaseClaims(workerId: string): Promise<number>;
  /** Cancels pending reminders of a cause; returns those cancelled and those already delivered. */
  cancelByCause(causeKey: CauseKey): Promise<{ cancelled: Reminder[]; delivered: Reminder[] }>;
  /** The reminders of a cause, in every status, oldest due first. */
  listByCause(causeKey: CauseKey): Promise<Reminder[]>;
  list(filter: { status?: Reminder['status']; kind?: ReminderKind; limit?: number }): Promise<Reminder[]>;
}

/** Learning seminars and RSVPs. */
export interface SeminarRepo {
  create(input: SeminarInput, actor: Actor): Promise<Seminar>;
  update(id: string, patch: Partial<SeminarInput>, actor: Actor): Promise<Seminar>;
  cancel(id: string, actor: Actor): Promise<Seminar>;
  get(id: string): Promise<Seminar | null>;
  listByCollaborative(collaborativeId: string): Promise<Seminar[]>;
  /** Insert or change a person's answer. */
  rsvp(seminarId: string, personId: string, attending: boolean, at: Date): Promise<void>;
  rsvps(seminarId: string): Promise<SeminarRsvp[]>;
}

/** Sponsor weekly-summary subscriptions (default Monday 08:00 local time). */
export interface SubscriptionRepo {
  upsert(sub: SponsorSubscription): Promise<void>;
  listForPerson(personId: string): Promise<SponsorSubscription[]>;
  listActive(): Promise<SponsorSubscription[]>;
}

/** A tovholder's broadcast and its delivery report. */
export interface Broadcast {
  id: string;
  collaborativeId: string;
  region: string | null;
  text: string;
  createdBy: string | null;
  createdAt: Date;
  sentAt: Date | null;
  report: { sent: number; failed: Array<{ target: string; reason: string }>; unreachable: string[] } | null;
}

/** Broadcasts. */
export interface BroadcastRepo {
  create(input: { collaborativeId: string; region: string | null; text: string }, actor: Actor): Promise<Broadcast>;
  get(id: string): Promise<Broadcast | null>;
  markSent(id: string, at: Date, report: NonNullable<Broadcast['report']>): Promise<void>;
}
