import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect-of';
import { atomically } from './atomically';

/** Frozen baselines and chart parts per team and measure, and the proposals to split a chart. */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  await atomically(db, async (db) => {
    await db.schema
      .createTable('baseline_events')
      // Orders events set at the same instant (a setup import) as they were stored.
      .addColumn('seq', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measures.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('period_key', 'text', (c) => c.notNull())
      .addColumn('why', 'text')
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('undone_at', 'text')
      .addColumn('undone_by', 'text')
      .execute();
    await db.schema
      .createIndex('baseline_events_team_measure')
      .on('baseline_events')
      .columns(['team_id', 'measure_id'])
      .execute();
    await db.schema
      .createTable('baseline_proposals')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measures.id'))
      .addColumn('period_key', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('proposed_by', 'text')
      .addColumn('proposed_at', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addPrimaryKeyConstraint('baseline_proposals_pk', ['team_id', 'measure_id', 'period_key'])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('baseline_proposals').execute();
  await db.schema.dropTable('baseline_events').execute();
}
