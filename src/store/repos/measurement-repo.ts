import { sql, type Kysely } from 'kysely';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/model/common';
import type { LoadedMeasureAndTeam, MeasurementRepo } from '../../domain/ports/measure-repos';
import { appendAudit } from '../append-audit';
import { iso, toJson } from '../codec';
import { dialectOf } from '../dialect-of';
import { inTransaction } from '../in-transaction';
import type { Database } from '../tables';
import { measurementRow, requireMeasuresAndTeams, toMeasurement, type Row } from './measurement-rows';
import { putMeasurementsInChunks } from './put-measurements-in-chunks';

/**
 * PostgreSQL: the insert-or-nothing and its audit entry in one statement (a data-modifying CTE; the entry is written
 * only when the row was), one round trip fewer on every measurement turn. SQLite has no such CTEs (and no network).
 */
async function insertNewAudited(trx: Kysely<Database>, row: Row, actor: Actor) {
  const inserted = await trx
    .with('m', (db) =>
      db
        .insertInto('measurements')
        .values(row)
        .onConflict((oc) => oc.columns(['measure_id', 'team_id', 'period_key']).doNothing())
        .returningAll(),
    )
    .with('a', (db) =>
      db
        .insertInto('audit_log')
        .columns(['at', 'actor_id', 'entity', 'entity_id', 'action', 'old_json', 'new_json'])
        .expression((eb) =>
          eb
            .selectFrom('m')
            .select([
              sql<string>`${iso(actor.at)}::text`.as('at'),
              sql<string | null>`${actor.personId}::text`.as('actor_id'),
              sql<string>`'measurement'`.as('entity'),
              'm.id',
              sql<string>`'create'`.as('action'),
              sql<null>`null`.as('old_json'),
              sql<string>`${toJson(toMeasurement(row))}::text`.as('new_json'),
            ]),
        ),
    )
    .selectFrom('m')
    .selectAll()
    .executeTakeFirst();
  return inserted ? toMeasurement(inserted) : null;
}

/** Measurements on Kysely. */
export function createMeasurementRepo(db: Kysely<Database>): MeasurementRepo {
  /** The row for a key; on PostgreSQL locked until the transaction ends. */
  const current = (trx: Kysely<Database>, k: { measureId: string; teamId: string; periodKey: string }) =>
    trx
      .selectFrom('measurements')
      .selectAll()
      .where('measure_id', '=', k.measureId)
      .where('team_id', '=', k.teamId)
      .where('period_key', '=', k.periodKey)
      .$if(trx.isTransaction && dialectOf(trx) === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();

  const replace = async (trx: Kysely<Database>, id: string, row: Row) => {
    const { id: _keep, ...fields } = row;
    return trx.updateTable('measurements').set(fields).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  };

  /** The write's measure and team exist: proven by `loaded` when its ids match, else checked. */
  const requireReferences = async (trx: Kysely<Database>, row: Row, loaded: LoadedMeasureAndTeam | undefined) => {
    if (loaded?.measure.id === row.measure_id && loaded.team.id === row.team_id) return;
    await requireMeasuresAndTeams(trx, [row.measure_id], [row.team_id]);
  };

  /** Insert-or-nothing, audited; null when the key has a row. Waits for a concurrent insert of the same key. */
  const insertNew = async (trx: Kysely<Database>, row: Row, actor: Actor) => {
    if (dialectOf(trx) === 'postgres') return insertNewAudited(trx, row, actor);
    const inserted = await trx
      .insertInto('measurements')
      .values(row)
      .onConflict((oc) => oc.columns(['measure_id', 'team_id', 'period_key']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted) return null;
    const measurement = toMeasurement(inserted);
    await appendAudit(trx, actor, 'measurement', inserted.id, 'create', null, measurement);
    return measurement;
  };

  return {
    async get(measureId, teamId, periodKey) {
      const r = await current(db, { measureId, teamId, periodKey });
      return r ? toMeasurement(r) : null;
    },
    async put(m, actor, loaded) {
      const row = measurementRow(m, actor);
      return inTransaction(db, async (trx) => {
        await requireReferences(trx, row, loaded);
        // Insert-or-nothing first, so `previous` is exact.
        const measurement = await insertNew(trx, row, actor);
        if (measurement) return { measurement, previous: null };
        const old = (await current(trx, m))!;
        const replaced = toMeasurement(await replace(trx, old.id, row));
        const previous = toMeasurement(old);
        await appendAudit(trx, actor, 'measurement', old.id, 'update', previous, replaced);
        return { measurement: replaced, previous };
      });
    },
    async add(m, actor, loaded) {
      const row = measurementRow(m, actor);
      return inTransaction(db, async (trx) => {
        await requireReferences(trx, row, loaded);
        const measurement = await insertNew(trx, row, actor);
        if (measurement) return { status: 'stored' as const, measurement };
        return { status: 'exists' as const, existing: toMeasurement((await current(trx, m))!) };
      });
    },
    async restore(key, previous, actor) {
      const row = previous
        ? // recordedAt may arrive as an ISO string when the caller kept `previous` as JSON (an undo token).
          measurementRow(previous, { personId: previous.recordedBy, at: new Date(previous.recordedAt) })
        : null;
      if (row && (row.measure_id !== key.measureId || row.team_id !== key.teamId || row.period_key !== key.periodKey))
        throw new DomainError('VALIDATION_FAILED', { field: 'previous' });
      await inTransaction(db, async (trx) => {
        if (!row) {
          // Delete by key, returning what was there: one statement instead of a locking read and a delete.
          const gone = await trx
            .deleteFrom('measurements')
            .where('measure_id', '=', key.measureId)
            .where('team_id', '=', key.teamId)
            .where('period_key', '=', key.periodKey)
            .returningAll()
            .executeTakeFirst();
          if (gone) await appendAudit(trx, actor, 'measurement', gone.id, 'delete', toMeasurement(gone), null);
          return;
        }
        const now = await current(trx, key);
        if (now) {
          const restored = toMeasurement(await replace(trx, now.id, row));
          await appendAudit(trx, actor, 'measurement', now.id, 'update', toMeasurement(now), restored);
        } else {
          await requireMeasuresAndTeams(trx, [row.measure_id], [row.team_id]);
          const restoredRow = { ...row, id: previous!.id };
          await trx.insertInto('measurements').values(restoredRow).execute();
          await appendAudit(trx, actor, 'measurement', restoredRow.id, 'create', null, toMeasurement(restoredRow));
        }
      });
    },
    async series(measureId, teamId, range) {
      let q = db
        .selectFrom('measurements')
        .selectAll()
        .where('measure_id', '=', measureId)
        .where('team_id', '=', teamId);
      if (range?.from) q = q.where('period_start', '>=', range.from);
      if (range?.to) q = q.where('period_start', '<=', range.to);
      return (await q.orderBy('period_start').execute()).map(toMeasurement);
    },
    putMany: (ms, actor) => putMeasurementsInChunks(db, ms, actor),
    async listForTeam(teamId) {
      const rows = await db
        .selectFrom('measurements')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('period_start')
        .orderBy('measure_id')
        .execute();
      return rows.map(toMeasurement);
    },
    async listRecordedBy(personId) {
      const rows = await db
        .selectFrom('measurements')
        .selectAll()
        .where('recorded_by', '=', personId)
        .orderBy('period_start')
        .orderBy('measure_id')
        .execute();
      return rows.map(toMeasurement);
    },
  };
}
