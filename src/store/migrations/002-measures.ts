import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/** Measures (code unique per collaborative, case-insensitive) and measurements (one per measure, team, period). */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('measures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('collaborative_id', 'text', (c) => c.notNull().references('collaboratives.id'))
      .addColumn('team_id', 'text', (c) => c.references('teams.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('code_key', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('unit_kind', 'text', (c) => c.notNull())
      .addColumn('unit', 'text')
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('goal', 'double precision')
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('data_source', 'text')
      .addColumn('multiplier', 'double precision', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    // (collaborative, lower(code)): code_key is the lower-cased code, written by the repo.
    await db.schema
      .createIndex('measures_collaborative_code')
      .on('measures')
      .columns(['collaborative_id', 'code_key'])
      .unique()
      .execute();
    await db.schema.createIndex('measures_team').on('measures').column('team_id').execute();

    await db.schema
      .createTable('measurements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measures.id'))
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('period_key', 'text', (c) => c.notNull())
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addColumn('numerator', 'double precision')
      .addColumn('denominator', 'double precision')
      .addColumn('note', 'text')
      .addColumn('recorded_by', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    // Serves the unique rule and series(measure, team) (prefix lookup; 104 rows are sorted in memory).
    await db.schema
      .createIndex('measurements_measure_team_period')
      .on('measurements')
      .columns(['measure_id', 'team_id', 'period_key'])
      .unique()
      .execute();
    await db.schema
      .createIndex('measurements_team_start')
      .on('measurements')
      .columns(['team_id', 'period_start'])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('measurements').execute();
  await db.schema.dropTable('measures').execute();
}
