import type { Kysely } from 'kysely';
import type { Measurement } from '../../domain/model/measures';
import { withRow } from '../../domain/series-rows';
import type { SeriesCache } from '../series-cache';
import { bumpSeriesVersion, seriesVersion } from '../series-version';
import type { Database } from '../tables';
import { toMeasurement } from './measurement-rows';

/** The series of (measure, team) in period order; the whole series comes from the cache while its version holds. */
export async function loadSeries(
  db: Kysely<Database>,
  cache: SeriesCache,
  measureId: string,
  teamId: string,
  range?: { from?: string; to?: string },
): Promise<readonly Measurement[]> {
  const whole = !range?.from && !range?.to;
  // The version is read before the rows: rows newer than their token are merely reloaded later, never stale.
  const version = whole ? await seriesVersion(db, measureId, teamId) : null;
  const cached = version === null ? undefined : cache.get(measureId, teamId, version);
  // Shared, read-only: cached rows are frozen, and the port hands the array out as readonly.
  if (cached) return cached;
  let q = db.selectFrom('measurements').selectAll().where('measure_id', '=', measureId).where('team_id', '=', teamId);
  if (range?.from) q = q.where('period_start', '>=', range.from);
  if (range?.to) q = q.where('period_start', '<=', range.to);
  const rows = (await q.orderBy('period_start').execute()).map(toMeasurement);
  if (version !== null) cache.set(measureId, teamId, version, rows);
  return rows;
}

/**
 * Runs a write to one series in the transaction `trx`: locks its version first (writers of a series take turns on
 * PostgreSQL), and when `write` reports a change, gives the series a new version (unless the write's own statement
 * already did: `version`) and moves a cached copy along.
 */
export async function writeSeries<T>(
  trx: Kysely<Database>,
  cache: SeriesCache,
  key: { measureId: string; teamId: string },
  write: () => Promise<{
    result: T;
    change: ((rows: readonly Measurement[]) => Measurement[]) | null;
    version?: string | undefined;
  }>,
): Promise<T> {
  const before = await seriesVersion(trx, key.measureId, key.teamId, true);
  const { result, change, version } = await write();
  if (change)
    cache.advance(
      key.measureId,
      key.teamId,
      before,
      version ?? (await bumpSeriesVersion(trx, key.measureId, key.teamId)),
      change,
    );
  return result;
}

/** The series with `m` in its period's place (replacing the row of the same period). */
export function withPoint(m: Measurement): (rows: readonly Measurement[]) => Measurement[] {
  const point = Object.freeze({ ...m });
  return (rows) => withRow(rows, point);
}

/** The series without the row of `periodKey`. */
export function withoutPoint(periodKey: string): (rows: readonly Measurement[]) => Measurement[] {
  return (rows) => rows.filter((r) => r.periodKey !== periodKey);
}
