import { sql, type Kysely } from 'kysely';
import type { ConversationStateRepo } from '../../domain/ports/conversation-repos';
import { fromJson, iso, toJson } from '../codec';
import { compiledStatement } from '../compiled-statement';
import type { Database } from '../tables';

/** Writes one entry (every turn that offers an undo does): compiled once. */
const upsert = compiledStatement((db: Kysely<Database>, row: { key: string; value_json: string; expires_at: string }) =>
  db
    .insertInto('conversation_state')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: row.value_json, expires_at: row.expires_at })),
);

/** Conversation state on Kysely; an expired entry reads as absent (and is removed when read). */
export function createConversationStateRepo(db: Kysely<Database>): ConversationStateRepo {
  return {
    async get<T = unknown>(key: string, now: Date): Promise<T | null> {
      const r = await db.selectFrom('conversation_state').selectAll().where('key', '=', key).executeTakeFirst();
      if (!r) return null;
      if (r.expires_at <= iso(now)) {
        await db.deleteFrom('conversation_state').where('key', '=', key).where('expires_at', '<=', iso(now)).execute();
        return null;
      }
      return fromJson<T>(r.value_json);
    },
    async put(key, value, expiresAt) {
      await upsert(db, { key, value_json: toJson(value ?? null), expires_at: iso(expiresAt) });
    },
    async delete(key) {
      await db.deleteFrom('conversation_state').where('key', '=', key).execute();
    },
    async latest<T = unknown>(prefix: string, now: Date) {
      // An exact prefix on both dialects (LIKE ignores case in SQLite); rare, so no index is needed.
      const r = await db
        .selectFrom('conversation_state')
        .selectAll()
        .where(sql<boolean>`substr(${sql.ref('key')}, 1, ${prefix.length}) = ${prefix}`)
        .where('expires_at', '>', iso(now))
        .orderBy('expires_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return r ? { key: r.key, value: fromJson<T>(r.value_json) } : null;
    },
  };
}
