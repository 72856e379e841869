import type SqliteDatabase from 'better-sqlite3';
import type { ExpressionBuilder, Kysely, Selectable, UpdateObject } from 'kysely';
import { z } from 'zod';
import type { Clock } from '../../domain/ports/clock';
import { REMINDER_KINDS, type Reminder } from '../../domain/model/delivery';
import { parseReminderPayload, REMINDER_PAYLOAD_SCHEMAS } from '../../domain/model/reminder-payloads';
import type { ReminderClaim, ReminderRepo } from '../../domain/ports/schedule-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { date, dateOrNull, fromJson, iso, newId, toJson } from '../codec';
import { dialectOf } from '../dialect-of';
import { inTransaction } from '../in-transaction';
import type { Database, ReminderTable } from '../tables';

const newReminder = z.object({
  kind: z.enum(REMINDER_KINDS),
  dedupeKey: z.string().min(1).max(500),
  causeKey: z.string().min(1).max(500),
  recipient: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('person'), personId: z.string().min(1) }),
    z.object({ kind: z.literal('conversation'), conversationId: z.string().min(1) }),
  ]),
  dueAt: z.date().refine((d) => !Number.isNaN(d.getTime())),
  payload: z.record(z.unknown()),
});

// A row read back: its payload is parsed with its kind's schema (the one `schedule` wrote it with). A stored
// payload that no longer matches the code (a row written by an older version) is never delivered as a wrong
// reminder: a claim marks that one row failed with the reason, and lists leave it out; the other rows go on.
function toReminder(r: Selectable<ReminderTable>): Reminder | { invalid: string } {
  const kind = r.kind as Reminder['kind'];
  const payload = parseReminderPayload(kind, fromJson(r.payload_json));
  if (!payload.success)
    return { invalid: `INVALID_PAYLOAD: stored ${kind} payload does not match its schema: ${payload.error.message}` };
  return {
    id: r.id,
    kind,
    dedupeKey: r.dedupe_key,
    recipient: fromJson(r.recipient_json),
    dueAt: date(r.due_at),
    payload: payload.data,
    status: r.status as Reminder['status'],
    attempts: Number(r.attempts),
    claimedBy: r.claimed_by,
    claimedUntil: dateOrNull(r.claimed_until),
    claimId: r.claim_id ?? null,
    deliveredAt: dateOrNull(r.delivered_at),
    lastError: r.last_error,
    createdAt: date(r.created_at),
  } as Reminder;
}

const isReminder = (r: Reminder | { invalid: string }): r is Reminder => !('invalid' in r);

/** The rows that read as reminders, oldest first; rows with an unreadable payload are left out. */
function readable(rows: Selectable<ReminderTable>[]): Reminder[] {
  return rows.sort(oldestFirst).map(toReminder).filter(isReminder);
}

const oldestFirst = (a: Selectable<ReminderTable>, b: Selectable<ReminderTable>) =>
  a.due_at < b.due_at ? -1 : a.due_at > b.due_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** One atomic UPDATE … WHERE id IN (oldest due rows) RETURNING; on PostgreSQL the inner select skips locked rows. */
function claimStatement(db: Kysely<Database>, now: Date, limit: number, workerId: string, leaseMs: number) {
  const at = iso(now);
  const due = db
    .selectFrom('reminders')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('due_at', '<=', at)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<=', at)]),
      ]),
    )
    .orderBy('due_at')
    .orderBy('id')
    .limit(limit)
    .$if(dialectOf(db) === 'postgres', (q) => q.forUpdate().skipLocked());
  return db
    .updateTable('reminders')
    .set({
      status: 'sending',
      claimed_by: workerId,
      claimed_until: iso(new Date(now.getTime() + leaseMs)),
      claim_id: newId(),
    })
    .where('id', 'in', due)
    .returningAll();
}

/** Durable reminders on Kysely. Delivery bookkeeping, not user data: not audited. */
export function createReminderRepo(
  db: Kysely<Database>,
  { clock, sqlite }: { clock: Clock; sqlite?: SqliteDatabase.Database },
): ReminderRepo {
  // The fence: the row is still in the state the caller read it in (same claim, or still pending if unclaimed).
  // A claim is identified by claim_id (heartbeats move claimed_until); rows claimed before migration 006 by their lease end.
  const mark = (
    r: ReminderClaim,
    values: (eb: ExpressionBuilder<Database, 'reminders'>) => UpdateObject<Database, 'reminders'>,
  ) =>
    db
      .updateTable('reminders')
      .set(values)
      .where('id', '=', r.id)
      .$if(Boolean(r.claimId), (q) => q.where('status', '=', 'sending').where('claim_id', '=', r.claimId!))
      .$if(!r.claimId && r.claimedUntil !== null, (q) =>
        q
          .where('status', '=', 'sending')
          .where('claimed_by', '=', r.claimedBy)
          .where('claimed_until', '=', iso(r.claimedUntil!)),
      )
      .$if(r.claimedUntil === null, (q) => q.where('status', '=', 'pending'))
      .executeTakeFirst()
      .then((res) => Number(res.numUpdatedRows) === 1);
  return {
    async schedule(input) {
      const p = parseInput(newReminder, input);
      // The payload must match its kind's schema (reported as `payload.<field>`).
      const { payload } = parseInput(z.object({ payload: REMINDER_PAYLOAD_SCHEMAS[p.kind] }), {
        payload: input.payload,
      });
      const r = await db
        .insertInto('reminders')
        .values({
          id: newId(),
          kind: p.kind,
          dedupe_key: p.dedupeKey,
          cause_key: p.causeKey,
          recipient_json: toJson(p.recipient),
          due_at: iso(p.dueAt),
          payload_json: toJson(payload),
          status: 'pending',
          attempts: 0,
          claimed_by: null,
          claimed_until: null,
          delivered_at: null,
          last_error: null,
          created_at: iso(clock.now()),
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!r) return null;
      const reminder = toReminder(r);
      if (!isReminder(reminder)) throw new Error(reminder.invalid);
      return reminder;
    },
    async claimDue(now, limit, workerId, leaseMs) {
      if (limit <= 0) return [];
      let rows: Selectable<ReminderTable>[];
      if (dialectOf(db) === 'postgres' || db.isTransaction || !sqlite) {
        rows = await claimStatement(db, now, limit, workerId, leaseMs).execute();
      } else {
        // SQLite: hold Kysely's connection (so no other transaction of this store is open on it), then run
        // BEGIN IMMEDIATE; UPDATE … RETURNING; COMMIT synchronously: the write lock is taken up front, and
        // nothing else (another store in this process, another process) can interleave.
        const compiled = claimStatement(db, now, limit, workerId, leaseMs).compile();
        rows = await db
          .connection()
          .execute(async () =>
            sqlite
              .transaction(
                () => sqlite.prepare(compiled.sql).all(...compiled.parameters) as Selectable<ReminderTable>[],
              )
              .immediate(),
          );
      }
      // A claimed row whose payload no longer reads is failed at once (fenced by its claim), so it neither blocks
      // the batch nor comes back after its lease.
      const claimed: Reminder[] = [];
      for (const row of rows.sort(oldestFirst)) {
        const reminder = toReminder(row);
        if (isReminder(reminder)) claimed.push(reminder);
        else
          await db
            .updateTable('reminders')
            .set({ status: 'failed', last_error: reminder.invalid.slice(0, 1000), claimed_until: null, claim_id: null })
            .where('id', '=', row.id)
            .where('claim_id', '=', row.claim_id)
            .execute();
      }
      return claimed;
    },
    markDelivered: (r, at) =>
      mark(r, () => ({ status: 'delivered', delivered_at: iso(at), claimed_until: null, claim_id: null })),
    markRetry: (r, nextAttemptAt, error) =>
      mark(r, (eb) => ({
        status: 'pending',
        due_at: iso(nextAttemptAt),
        attempts: eb('attempts', '+', 1),
        last_error: error,
        claimed_by: null,
        claimed_until: null,
        claim_id: null,
      })),
    markFailed: (r, error) =>
      mark(r, () => ({ status: 'failed', last_error: error, claimed_until: null, claim_id: null })),
    markDropped: (r, reason) =>
      mark(r, () => ({ status: 'dropped', last_error: reason, claimed_until: null, claim_id: null })),
    async extendClaims(workerId, now, leaseMs) {
      const rows = await db
        .updateTable('reminders')
        .set({ claimed_until: iso(new Date(now.getTime() + leaseMs)) })
        .where('status', '=', 'sending')
        .where('claimed_by', '=', workerId)
        .where('claimed_until', '>', iso(now))
        .returning('id')
        .execute();
      return rows.map((r) => r.id);
    },
    async releaseClaims(workerId) {
      const res = await db
        .updateTable('reminders')
        .set({ status: 'pending', claimed_by: null, claimed_until: null, claim_id: null })
        .where('status', '=', 'sending')
        .where('claimed_by', '=', workerId)
        .executeTakeFirst();
      return Number(res.numUpdatedRows);
    },
    async cancelByCause(causeKey) {
      return inTransaction(db, async (trx) => {
        const cancelled = await trx
          .updateTable('reminders')
          .set({ status: 'cancelled' })
          .where('cause_key', '=', causeKey)
          .where('status', '=', 'pending')
          .returningAll()
          .execute();
        const delivered = await trx
          .selectFrom('reminders')
          .selectAll()
          .where('cause_key', '=', causeKey)
          .where('status', '=', 'delivered')
          .execute();
        return {
          cancelled: readable(cancelled),
          delivered: readable(delivered),
        };
      });
    },
    async listByCause(causeKey) {
      const rows = await db.selectFrom('reminders').selectAll().where('cause_key', '=', causeKey).execute();
      return readable(rows);
    },
    async list(filter) {
      let q = db.selectFrom('reminders').selectAll();
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.kind) q = q.where('kind', '=', filter.kind);
      if (filter.limit !== undefined) q = q.limit(filter.limit);
      return readable(await q.orderBy('due_at').orderBy('id').execute());
    },
  };
}
