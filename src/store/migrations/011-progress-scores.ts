import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/** Teams' monthly IHI progress scores (one per team and month). */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('progress_scores')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('score_tenths', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('persons.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('progress_scores_pk', ['team_id', 'month'])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('progress_scores').execute();
}
