import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect-of';
import { atomically } from './atomically';

/**
 * - idempotency_keys.replies_json: the replies of the first attempt, returned to a retry of the same request id.
 * - reminders.claim_id: identifies one claim, so leases can be extended (heartbeats) while marks stay fenced.
 * - local_inbox: the playground's proactive messages, one row each, read with a cursor on `seq`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.alterTable('idempotency_keys').addColumn('replies_json', 'text').execute();
    await db.schema.alterTable('reminders').addColumn('claim_id', 'text').execute();
    const pg = dialectOf(db) === 'postgres';
    await db.schema
      .createTable('local_inbox')
      .addColumn('seq', pg ? 'bigserial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('message_json', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('local_inbox_user_seq').on('local_inbox').columns(['user_id', 'seq']).execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('local_inbox').execute();
  await db.schema.alterTable('reminders').dropColumn('claim_id').execute();
  await db.schema.alterTable('idempotency_keys').dropColumn('replies_json').execute();
}
