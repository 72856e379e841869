import type { Kysely } from 'kysely';
import type { IdempotencyRepo } from '../../domain/ports/conversation-repos';
import { fromJson, iso, toJson } from '../codec';
import type { Database } from '../tables';

/** At-most-once guard on Kysely: one atomic insert-or-take-over-if-expired statement per claim. */
export function createIdempotencyRepo(db: Kysely<Database>): IdempotencyRepo {
  return {
    async claim(key, now, ttlMs) {
      const expires = iso(new Date(now.getTime() + ttlMs));
      const r = await db
        .insertInto('idempotency_keys')
        .values({ key, expires_at: expires })
        .onConflict((oc) =>
          oc
            .column('key')
            .doUpdateSet({ expires_at: expires, replies_json: null })
            .where('idempotency_keys.expires_at', '<=', iso(now)),
        )
        .returning('key')
        .executeTakeFirst();
      return r !== undefined;
    },
    async saveReplies(key, replies) {
      await db
        .updateTable('idempotency_keys')
        .set({ replies_json: toJson(replies) })
        .where('key', '=', key)
        .execute();
    },
    async replies(key) {
      const r = await db
        .selectFrom('idempotency_keys')
        .select('replies_json')
        .where('key', '=', key)
        .executeTakeFirst();
      return r?.replies_json ? fromJson(r.replies_json) : null;
    },
  };
}
