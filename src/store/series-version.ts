import type { Kysely } from 'kysely';
import { newId } from './codec';
import { compiledStatement } from './compiled-statement';
import { dialectOf } from './dialect-of';
import type { Database } from './tables';

/**
 * The series' version token, null before its first write. With `lock` in a PostgreSQL transaction the row stays
 * locked until the transaction ends, so writers of one series take turns: writers lock before touching measurements.
 */
export async function seriesVersion(
  db: Kysely<Database>,
  measureId: string,
  teamId: string,
  lock = false,
): Promise<string | null> {
  const read = lock && db.isTransaction && dialectOf(db) === 'postgres' ? readLocked : readVersion;
  const { rows } = await read(db, { measureId, teamId });
  return rows[0]?.version ?? null;
}

const versionOf = (db: Kysely<Database>, a: { measureId: string; teamId: string }) =>
  db
    .selectFrom('series_versions')
    .select('version')
    .where('measure_id', '=', a.measureId)
    .where('team_id', '=', a.teamId);
// Both run on every measurement turn: compiled once.
const readVersion = compiledStatement(versionOf);
const readLocked = compiledStatement((db: Kysely<Database>, a: { measureId: string; teamId: string }) =>
  versionOf(db, a).forUpdate(),
);
const upsertVersion = compiledStatement(
  (db: Kysely<Database>, row: { measure_id: string; team_id: string; version: string }) =>
    db
      .insertInto('series_versions')
      .values(row)
      .onConflict((oc) => oc.columns(['measure_id', 'team_id']).doUpdateSet({ version: row.version })),
);

/** Gives the series a fresh random version token; call it in the transaction that writes its measurements. */
export async function bumpSeriesVersion(db: Kysely<Database>, measureId: string, teamId: string): Promise<string> {
  const version = newId();
  await upsertVersion(db, { measure_id: measureId, team_id: teamId, version });
  return version;
}

/** Gives every listed series a fresh version token in one statement (bulk writes). */
export async function bumpSeriesVersions(
  db: Kysely<Database>,
  series: ReadonlyArray<{ measureId: string; teamId: string }>,
): Promise<void> {
  // One row per series: PostgreSQL refuses an ON CONFLICT that would update the same row twice in one statement.
  const unique = [...new Map(series.map((s) => [`${s.measureId}\u0000${s.teamId}`, s])).values()];
  for (let i = 0; i < unique.length; i += 500) {
    const values = unique
      .slice(i, i + 500)
      .map((s) => ({ measure_id: s.measureId, team_id: s.teamId, version: newId() }));
    await db
      .insertInto('series_versions')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['measure_id', 'team_id']).doUpdateSet((eb) => ({ version: eb.ref('excluded.version') })),
      )
      .execute();
  }
}

/** Locks the version rows of these series (PostgreSQL transaction; in one order, so bulk writers cannot deadlock). */
export async function lockSeriesVersions(
  db: Kysely<Database>,
  series: ReadonlyArray<{ measureId: string; teamId: string }>,
): Promise<void> {
  if (!db.isTransaction || dialectOf(db) !== 'postgres' || series.length === 0) return;
  for (let i = 0; i < series.length; i += 500) {
    const chunk = series.slice(i, i + 500);
    await db
      .selectFrom('series_versions')
      .select('version')
      .where('measure_id', 'in', [...new Set(chunk.map((s) => s.measureId))])
      .where('team_id', 'in', [...new Set(chunk.map((s) => s.teamId))])
      .orderBy('measure_id')
      .orderBy('team_id')
      .forUpdate()
      .execute();
  }
}
