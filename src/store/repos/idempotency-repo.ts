import type { Kysely } from 'kysely';
import type { IdempotencyRepo } from '../../domain/ports/conversation-repos';
import { fromJson, iso, toJson } from '../codec';
import { compiledStatement } from '../compiled-statement';
import type { Database } from '../tables';

// Both run on every turn with a platform request id: compiled once.
const claimKey = compiledStatement((db: Kysely<Database>, a: { key: string; expires: string; now: string }) =>
  db
    .insertInto('idempotency_keys')
    .values({ key: a.key, expires_at: a.expires })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ expires_at: a.expires, replies_json: null })
        .where('idempotency_keys.expires_at', '<=', a.now),
    )
    .returning('key'),
);
const saveKeyReplies = compiledStatement((db: Kysely<Database>, a: { key: string; replies: string }) =>
  db.updateTable('idempotency_keys').set({ replies_json: a.replies }).where('key', '=', a.key),
);

/** At-most-once guard on Kysely: one atomic insert-or-take-over-if-expired statement per claim. */
export function createIdempotencyRepo(db: Kysely<Database>): IdempotencyRepo {
  return {
    async claim(key, now, ttlMs) {
      const expires = iso(new Date(now.getTime() + ttlMs));
      return (await claimKey(db, { key, expires, now: iso(now) })).rows.length > 0;
    },
    async saveReplies(key, replies) {
      await saveKeyReplies(db, { key, replies: toJson(replies) });
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
