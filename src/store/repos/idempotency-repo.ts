import type { Kysely } from 'kysely';
import type { IdempotencyRepo } from '../../domain/ports/conversation-repos';
import { iso } from '../codec';
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
            .doUpdateSet({ expires_at: expires })
            .where('idempotency_keys.expires_at', '<=', iso(now)),
        )
        .returning('key')
        .executeTakeFirst();
      return r !== undefined;
    },
  };
}
