import type { Measurement } from '../domain/model/measures';

/** A series as loaded at one version token of `series_versions`. */
interface Entry {
  version: string;
  rows: readonly Measurement[];
}

/**
 * Loaded series (measure, team) of one store handle, each under the version token it was read at; bounded (least
 * recently used goes first). An entry is used only while the database still holds its token, and every write
 * gives the series a fresh random token in its own transaction: a write by another instance or process, or a
 * rolled-back write, can never make a stale entry look current.
 */
export interface SeriesCache {
  /** The rows cached under `version`, or undefined. */
  get(measureId: string, teamId: string, version: string): readonly Measurement[] | undefined;
  set(measureId: string, teamId: string, version: string, rows: readonly Measurement[]): void;
  /**
   * After a write that moved the series from token `before` to `after`: the entry at `before`, if any, becomes
   * `change(rows)` at `after` (no reload); any other entry is dropped. `change` keeps the cached rows and adds
   * frozen ones only (see `withPoint`), so a long series is not frozen again on every write.
   */
  advance(
    measureId: string,
    teamId: string,
    before: string | null,
    after: string,
    change: (rows: readonly Measurement[]) => Measurement[],
  ): void;
  drop(measureId: string, teamId: string): void;
}

/** Limits of a SeriesCache: series held, and measurements held over all of them. */
export interface SeriesCacheLimits {
  maxSeries: number;
  maxPoints: number;
}

/** 256 series, 200,000 points (a few tens of MB at most). */
export const DEFAULT_SERIES_CACHE_LIMITS: SeriesCacheLimits = { maxSeries: 256, maxPoints: 200_000 };

/** An empty SeriesCache. Cached rows are frozen and their arrays are never changed: callers share them read-only. */
export function createSeriesCache(limits: SeriesCacheLimits = DEFAULT_SERIES_CACHE_LIMITS): SeriesCache {
  const entries = new Map<string, Entry>();
  let points = 0;
  const keyOf = (measureId: string, teamId: string) => `${measureId}\u0000${teamId}`;

  const remove = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    points -= old.rows.length;
    entries.delete(key);
  };
  const put = (key: string, version: string, rows: readonly Measurement[]) => {
    remove(key);
    if (rows.length > limits.maxPoints) return;
    entries.set(key, { version, rows });
    points += rows.length;
    while (entries.size > limits.maxSeries || points > limits.maxPoints) remove(entries.keys().next().value as string);
  };

  return {
    get(measureId, teamId, version) {
      const key = keyOf(measureId, teamId);
      const entry = entries.get(key);
      if (!entry || entry.version !== version) return undefined;
      // Most recently used last.
      entries.delete(key);
      entries.set(key, entry);
      return entry.rows;
    },
    set(measureId, teamId, version, rows) {
      for (const m of rows) Object.freeze(m);
      put(keyOf(measureId, teamId), version, rows);
    },
    advance(measureId, teamId, before, after, change) {
      const key = keyOf(measureId, teamId);
      const entry = entries.get(key);
      if (!entry || before === null || entry.version !== before) return remove(key);
      put(key, after, change(entry.rows));
    },
    drop: (measureId, teamId) => remove(keyOf(measureId, teamId)),
  };
}
