import type { Kysely } from 'kysely';
import { atomically } from './atomically';
import { dialectOf } from '../dialect-of';

/** Reminders, conversation references and state, idempotency keys, and the audit log. */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('reminders')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
      .addColumn('cause_key', 'text', (c) => c.notNull())
      .addColumn('recipient_json', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('payload_json', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_until', 'text')
      .addColumn('delivered_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reminders_status_due').on('reminders').columns(['status', 'due_at']).execute();
    await db.schema.createIndex('reminders_cause').on('reminders').column('cause_key').execute();

    await db.schema
      .createTable('conversation_refs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text')
      .addColumn('team_id', 'text')
      .addColumn('reference_json', 'text', (c) => c.notNull())
      .addColumn('dead_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('conversation_refs_unique', ['platform', 'tenant_id', 'conversation_id'])
      .execute();
    await db.schema.createIndex('conversation_refs_person').on('conversation_refs').column('person_id').execute();
    await db.schema.createIndex('conversation_refs_team').on('conversation_refs').column('team_id').execute();

    await db.schema
      .createTable('conversation_state')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value_json', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();

    const pg = dialectOf(db) === 'postgres';
    await db.schema
      .createTable('audit_log')
      .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('old_json', 'text')
      .addColumn('new_json', 'text')
      .execute();
    await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
    await db.schema.createIndex('audit_log_actor').on('audit_log').column('actor_id').execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['audit_log', 'idempotency_keys', 'conversation_state', 'conversation_refs', 'reminders'])
    await db.schema.dropTable(t).execute();
}
