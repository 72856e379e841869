import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/** The rollout's reach outcome per person and platform, and each person's contact settings. */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('reach_status')
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('detail', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reach_status_pk', ['person_id', 'platform'])
      .execute();
    await db.schema
      .createTable('contact_prefs')
      .addColumn('person_id', 'text', (c) => c.primaryKey().references('persons.id'))
      .addColumn('introduced_at', 'text')
      .addColumn('paused_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('contact_prefs').execute();
  await db.schema.dropTable('reach_status').execute();
}
