import type { Kysely } from 'kysely';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/model/common';
import type { Measurement } from '../../domain/model/measures';
import type { LoadedMeasureAndTeam, MeasurementRepo } from '../../domain/ports/measure-repos';
import { appendAudit } from '../append-audit';
import { dialectOf } from '../dialect-of';
import { inTransaction } from '../in-transaction';
import { createSeriesCache, type SeriesCache } from '../series-cache';
import { bumpSeriesVersions, lockSeriesVersions } from '../series-version';
import type { Database } from '../tables';
import { measurementRow, requireMeasuresAndTeams, toMeasurement, type Row } from './measurement-rows';
import { loadSeries, withoutPoint, withPoint, writeSeries } from './measurement-series';
import { insertNewAudited } from './measurement-insert';
import { putMeasurementsInChunks } from './put-measurements-in-chunks';

/** Measurements on Kysely; whole series are served from `cache` while their version holds (see series-cache.ts). */
export function createMeasurementRepo(db: Kysely<Database>, cache: SeriesCache = createSeriesCache()): MeasurementRepo {
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

  /**
   * Insert-or-nothing, audited; null when the key has a row. Waits for a concurrent insert of the same key. On
   * PostgreSQL the same statement gives the series its new `version` (writeSeries then skips its own bump).
   */
  const insertNew = async (
    trx: Kysely<Database>,
    row: Row,
    actor: Actor,
  ): Promise<{ measurement: Measurement; version?: string } | null> => {
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
    return { measurement };
  };

  return {
    async get(measureId, teamId, periodKey) {
      const r = await current(db, { measureId, teamId, periodKey });
      return r ? toMeasurement(r) : null;
    },
    async put(m, actor, loaded) {
      const row = measurementRow(m, actor);
      return inTransaction(db, (trx) =>
        writeSeries<Awaited<ReturnType<MeasurementRepo['put']>>>(trx, cache, m, async () => {
          await requireReferences(trx, row, loaded);
          // Insert-or-nothing first, so `previous` is exact.
          const inserted = await insertNew(trx, row, actor);
          if (inserted) {
            const { measurement, version } = inserted;
            return { result: { measurement, previous: null }, change: withPoint(measurement), version };
          }
          const old = (await current(trx, m))!;
          const replaced = toMeasurement(await replace(trx, old.id, row));
          const previous = toMeasurement(old);
          await appendAudit(trx, actor, 'measurement', old.id, 'update', previous, replaced);
          return { result: { measurement: replaced, previous }, change: withPoint(replaced) };
        }),
      );
    },
    async add(m, actor, loaded) {
      const row = measurementRow(m, actor);
      return inTransaction(db, (trx) =>
        writeSeries<Awaited<ReturnType<MeasurementRepo['add']>>>(trx, cache, m, async () => {
          await requireReferences(trx, row, loaded);
          const inserted = await insertNew(trx, row, actor);
          if (inserted) {
            const { measurement, version } = inserted;
            return { result: { status: 'stored' as const, measurement }, change: withPoint(measurement), version };
          }
          const existing = toMeasurement((await current(trx, m))!);
          return { result: { status: 'exists' as const, existing }, change: null };
        }),
      );
    },
    async restore(key, previous, actor) {
      const row = previous
        ? // recordedAt may arrive as an ISO string when the caller kept `previous` as JSON (an undo token).
          measurementRow(previous, { personId: previous.recordedBy, at: new Date(previous.recordedAt) })
        : null;
      if (row && (row.measure_id !== key.measureId || row.team_id !== key.teamId || row.period_key !== key.periodKey))
        throw new DomainError('VALIDATION_FAILED', { field: 'previous' });
      await inTransaction(db, (trx) =>
        writeSeries(trx, cache, key, async () => {
          const now = await current(trx, key);
          if (!row) {
            if (!now) return { result: undefined, change: null };
            await trx.deleteFrom('measurements').where('id', '=', now.id).execute();
            await appendAudit(trx, actor, 'measurement', now.id, 'delete', toMeasurement(now), null);
            return { result: undefined, change: withoutPoint(key.periodKey) };
          }
          if (now) {
            const restored = toMeasurement(await replace(trx, now.id, row));
            await appendAudit(trx, actor, 'measurement', now.id, 'update', toMeasurement(now), restored);
            return { result: undefined, change: withPoint(restored) };
          }
          await requireMeasuresAndTeams(trx, [row.measure_id], [row.team_id]);
          const restoredRow = { ...row, id: previous!.id };
          await trx.insertInto('measurements').values(restoredRow).execute();
          const restored = toMeasurement(restoredRow);
          await appendAudit(trx, actor, 'measurement', restoredRow.id, 'create', null, restored);
          return { result: undefined, change: withPoint(restored) };
        }),
      );
    },
    series: (measureId, teamId, range) => loadSeries(db, cache, measureId, teamId, range),
    putMany: (ms, actor) =>
      inTransaction(db, async (trx) => {
        const series = distinctSeries(ms);
        await lockSeriesVersions(trx, series);
        const written = await putMeasurementsInChunks(trx, ms, actor);
        await bumpSeriesVersions(trx, series);
        for (const s of series) cache.drop(s.measureId, s.teamId);
        return written;
      }),
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

/** Each (measure, team) of a bulk write once, in a stable order. */
function distinctSeries(ms: ReadonlyArray<{ measureId: string; teamId: string }>) {
  const byKey = new Map<string, { measureId: string; teamId: string }>();
  for (const m of ms) byKey.set(`${m.measureId}\u0000${m.teamId}`, { measureId: m.measureId, teamId: m.teamId });
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}
