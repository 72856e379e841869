import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeasurementWrite, Store } from '../../src/domain';
import { databaseOf } from '../../src/store/create-store';
import { createSeriesCache } from '../../src/store/series-cache';
import { DIALECTS, storesOnOneDatabase } from '../support/stores';
import { actor, seed, type Seeded } from './seed';

const week = (w: number): Pick<MeasurementWrite, 'periodKey' | 'periodStart'> => {
  const monday = new Date(Date.UTC(2025, 11, 29) + (w - 1) * 7 * 86_400_000); // 2026-W01 starts 29 Dec 2025
  return { periodKey: `2026-W${String(w).padStart(2, '0')}`, periodStart: monday.toISOString().slice(0, 10) };
};

const point = (s: Seeded, w: number, value: number): MeasurementWrite => ({
  measureId: s.count.id,
  teamId: s.team.id,
  ...week(w),
  value,
  numerator: null,
  denominator: null,
  note: null,
});

const values = async (store: Store, s: Seeded) =>
  (await store.measurements.series(s.count.id, s.team.id)).map((m) => [m.periodKey, m.value]);

describe.each(DIALECTS)('series cache on %s, two instances on one database', (dialect) => {
  let a: Store;
  let b: Store;
  let close: () => Promise<void>;
  let s: Seeded;

  beforeEach(async () => {
    const db = await storesOnOneDatabase(dialect, 2);
    [a, b] = db.stores as [Store, Store];
    close = db.close;
    s = await seed(a);
    await a.measurements.put(point(s, 3, 3), actor());
    await a.measurements.put(point(s, 1, 1), actor());
  });
  afterEach(() => close());

  it('serves a whole series from memory while its version holds', async () => {
    expect(await values(a, s)).toEqual([
      ['2026-W01', 1],
      ['2026-W03', 3],
    ]);
    // A change behind the repositories' back (no new version) is not seen: the rows came from the cache.
    await databaseOf(b)!.updateTable('measurements').set({ value: 99 }).where('period_key', '=', '2026-W01').execute();
    expect(await values(a, s)).toEqual([
      ['2026-W01', 1],
      ['2026-W03', 3],
    ]);
    // A range read and another instance read the table.
    expect((await a.measurements.series(s.count.id, s.team.id, { from: '2025-12-01' })).map((m) => m.value)).toEqual([
      99, 3,
    ]);
    expect(await values(b, s)).toEqual([
      ['2026-W01', 99],
      ['2026-W03', 3],
    ]);
  });

  it("sees another instance's writes, undo and import at once", async () => {
    expect(await values(a, s)).toHaveLength(2); // cached in a
    const added = await b.measurements.add(point(s, 2, 2), actor());
    expect(await values(a, s)).toEqual([
      ['2026-W01', 1],
      ['2026-W02', 2],
      ['2026-W03', 3],
    ]);
    await b.measurements.put(point(s, 3, 30), actor());
    expect(await values(a, s)).toEqual([
      ['2026-W01', 1],
      ['2026-W02', 2],
      ['2026-W03', 30],
    ]);
    await b.measurements.restore({ measureId: s.count.id, teamId: s.team.id, periodKey: '2026-W02' }, null, actor());
    expect(added.status).toBe('stored');
    expect(await values(a, s)).toEqual([
      ['2026-W01', 1],
      ['2026-W03', 30],
    ]);
    await b.measurements.putMany([point(s, 4, 4), point(s, 1, 10)], actor());
    expect(await values(a, s)).toEqual([
      ['2026-W01', 10],
      ['2026-W03', 30],
      ['2026-W04', 4],
    ]);
  });

  it("moves its own cached copy along with its writes, and the other instance's cache too", async () => {
    expect(await values(a, s)).toHaveLength(2);
    expect(await values(b, s)).toHaveLength(2);
    await a.measurements.put(point(s, 2, 2), actor());
    await a.measurements.put(point(s, 1, 11), actor());
    await a.measurements.restore({ measureId: s.count.id, teamId: s.team.id, periodKey: '2026-W03' }, null, actor());
    const expected = [
      ['2026-W01', 11],
      ['2026-W02', 2],
    ];
    expect(await values(a, s)).toEqual(expected);
    expect(await values(b, s)).toEqual(expected);
    // Same rows as a fresh read of the table, field by field.
    expect(await a.measurements.series(s.count.id, s.team.id)).toEqual(
      await a.measurements.series(s.count.id, s.team.id, { from: '2000-01-01' }),
    );
  });

  it('forgets a write that was rolled back', async () => {
    expect(await values(a, s)).toHaveLength(2);
    await expect(
      a.transaction(async (tx) => {
        await tx.measurements.put(point(s, 2, 2), actor());
        expect(await tx.measurements.series(s.count.id, s.team.id)).toHaveLength(3);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const expected = [
      ['2026-W01', 1],
      ['2026-W03', 3],
    ];
    expect(await values(a, s)).toEqual(expected);
    await b.measurements.put(point(s, 5, 5), actor());
    expect(await values(a, s)).toEqual([...expected, ['2026-W05', 5]]);
  });
});

describe('createSeriesCache', () => {
  const m = (periodKey: string) => ({ periodKey }) as never;

  it('keeps at most maxSeries series and maxPoints points, least recently used out first', () => {
    const cache = createSeriesCache({ maxSeries: 2, maxPoints: 3 });
    cache.set('m', 't1', 'v1', [m('a')]);
    cache.set('m', 't2', 'v1', [m('a')]);
    expect(cache.get('m', 't1', 'v1')).toHaveLength(1); // t1 is now the most recent
    cache.set('m', 't3', 'v1', [m('a')]);
    expect(cache.get('m', 't2', 'v1')).toBeUndefined();
    expect(cache.get('m', 't1', 'v1')).toHaveLength(1);
    cache.set('m', 't4', 'v1', [m('a'), m('b')]); // 4 points: the oldest goes
    expect(cache.get('m', 't3', 'v1')).toBeUndefined();
    expect(cache.get('m', 't4', 'v1')).toHaveLength(2);
    cache.set('m', 't5', 'v1', [m('a'), m('b'), m('c'), m('d')]); // larger than the whole cache: not kept
    expect(cache.get('m', 't5', 'v1')).toBeUndefined();
  });

  it('answers only for the version it holds, and moves an entry along only from its own version', () => {
    const cache = createSeriesCache();
    cache.set('m', 't', 'v1', [m('a')]);
    expect(cache.get('m', 't', 'v2')).toBeUndefined();
    cache.advance('m', 't', 'v1', 'v2', (rows) => [...rows, m('b')]);
    expect(cache.get('m', 't', 'v1')).toBeUndefined();
    expect(cache.get('m', 't', 'v2')).toHaveLength(2);
    cache.advance('m', 't', 'v9', 'v3', (rows) => [...rows, m('c')]);
    expect(cache.get('m', 't', 'v2')).toBeUndefined();
    expect(cache.get('m', 't', 'v3')).toBeUndefined();
  });
});
