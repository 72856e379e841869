import { sql, type Kysely } from 'kysely';
import type { InboxRepo } from '../../domain/ports/conversation-repos';
import { fromJson, iso, toJson } from '../codec';
import { dialectOf } from '../dialect-of';
import { inTransaction } from '../in-transaction';
import type { Database } from '../tables';

/**
 * The playground inbox on Kysely, one row per message. PostgreSQL hands out sequence values before commit, so two
 * concurrent appends could commit out of order and a poller past the later one would skip the earlier: appends for
 * one user take a transaction-scoped advisory lock first, so a user's seq values become visible in order.
 */
export function createInboxRepo(db: Kysely<Database>): InboxRepo {
  return {
    append(userId, message, now, expiresAt) {
      return inTransaction(db, async (trx) => {
        if (dialectOf(trx) === 'postgres')
          await sql`select pg_advisory_xact_lock(hashtext(${`local-inbox:${userId}`}))`.execute(trx);
        await trx.deleteFrom('local_inbox').where('user_id', '=', userId).where('expires_at', '<=', iso(now)).execute();
        const row = await trx
          .insertInto('local_inbox')
          .values({ user_id: userId, message_json: toJson(message), expires_at: iso(expiresAt) })
          .returning('seq')
          .executeTakeFirstOrThrow();
        return Number(row.seq);
      });
    },
    async after(userId, after, now, limit) {
      const rows = await db
        .selectFrom('local_inbox')
        .select(['seq', 'message_json'])
        .where('user_id', '=', userId)
        .where('seq', '>', after)
        .where('expires_at', '>', iso(now))
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ seq: Number(r.seq), message: fromJson(r.message_json) }));
    },
  };
}
