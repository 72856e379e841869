import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasurementWrite, Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, T0, uniq } from './seed';
import { expectRejectedUnchanged, snapshot } from './store-snapshot';

const week = (w: number): Pick<MeasurementWrite, 'periodKey' | 'periodStart'> => {
  const monday = new Date(Date.UTC(2025, 11, 29) + (w - 1) * 7 * 86_400_000); // 2026-W01 starts 29 Dec 2025
  return { periodKey: `2026-W${String(w).padStart(2, '0')}`, periodStart: monday.toISOString().slice(0, 10) };
};

describe.each(DIALECTS)('measure repositories on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  describe('measures', () => {
    it('creates measures with defaults and finds them by code case-insensitively', async () => {
      const s = await seed(store);
      expect(s.proportion).toMatchObject({
        code: 'OP24',
        unitKind: 'proportion',
        period: 'week',
        scope: 'mandatory',
        multiplier: 1,
        goal: 90,
        unit: '%',
        teamId: null,
        dataSource: null,
      });
      expect(s.rate.multiplier).toBe(1000);
      expect(await store.measures.get(s.proportion.id)).toEqual(s.proportion);
      expect(await store.measures.findByCode(s.collaborative.id, 'op24')).toEqual(s.proportion);
      expect(await store.measures.findByCode(s.collaborative.id, 'nix')).toBeNull();
      expect(s.otherTeamsOwn).toMatchObject({ teamId: s.otherTeam.id, scope: 'team' });
    });

    it("lists a team's measures: the shared ones and its own, not another team's", async () => {
      const s = await seed(store);
      const codes = (ms: Array<{ code: string }>) => ms.map((m) => m.code);
      expect(codes(await store.measures.listForTeam(s.team.id))).toEqual(['FALD', 'INF', 'OP24', 'VENT']);
      expect(codes(await store.measures.listForTeam(s.otherTeam.id))).toEqual(['EGEN', 'FALD', 'INF', 'OP24', 'VENT']);
      expect(codes(await store.measures.listByCollaborative(s.collaborative.id))).toEqual([
        'EGEN',
        'FALD',
        'INF',
        'OP24',
        'VENT',
      ]);
      expect(await store.measures.listForTeam('missing')).toEqual([]);
    });

    it('rejects a duplicate code (any case) within a collaborative but allows it in another', async () => {
      const s = await seed(store);
      const base = {
        name: 'Dublet',
        type: 'outcome' as const,
        unitKind: 'count' as const,
        direction: 'lower' as const,
      };
      await expectRejectedUnchanged(
        store,
        () => store.measures.create({ ...base, collaborativeId: s.collaborative.id, code: 'op24' }, actor()),
        'DUPLICATE',
        { field: 'code', code: 'op24' },
      );
      const other = await seed(store);
      const m = await store.measures.create({ ...base, collaborativeId: other.collaborative.id, code: 'Æ1' }, actor());
      await expectRejectedUnchanged(
        store,
        () => store.measures.create({ ...base, collaborativeId: other.collaborative.id, code: 'æ1' }, actor()),
        'DUPLICATE',
      );
      expect(await store.measures.findByCode(other.collaborative.id, 'æ1')).toEqual(m);
    });

    it('lets exactly one of two concurrent creates of the same code win', async () => {
      const s = await seed(store);
      const create = () =>
        store.measures.create(
          {
            collaborativeId: s.collaborative.id,
            code: 'SAMTID',
            name: 'Samtidig',
            type: 'outcome',
            unitKind: 'count',
            direction: 'lower',
          },
          actor(),
        );
      const results = await Promise.allSettled([create(), create(), create()]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'DUPLICATE' });
    });

    it('rejects invalid measures and unknown references, leaving the store unchanged', async () => {
      const s = await seed(store);
      const base = {
        collaborativeId: s.collaborative.id,
        name: 'X',
        type: 'outcome' as const,
        unitKind: 'count' as const,
        direction: 'lower' as const,
      };
      await expectRejectedUnchanged(
        store,
        () => store.measures.create({ ...base, code: 'has space' }, actor()),
        'VALIDATION_FAILED',
        { field: 'code' },
      );
      await expectRejectedUnchanged(
        store,
        () => store.measures.create({ ...base, code: 'M1', multiplier: 0 }, actor()),
        'VALIDATION_FAILED',
        {
          field: 'multiplier',
        },
      );
      await expectRejectedUnchanged(
        store,
        () => store.measures.create({ ...base, code: 'M1', collaborativeId: 'missing' }, actor()),
        'UNKNOWN_COLLABORATIVE',
      );
      await expectRejectedUnchanged(
        store,
        () => store.measures.create({ ...base, code: 'M1', teamId: 'missing' }, actor()),
        'UNKNOWN_TEAM',
      );
      const foreign = await seed(store);
      await expectRejectedUnchanged(
        store,
        () => store.measures.create({ ...base, code: 'M1', teamId: foreign.team.id }, actor()),
        'UNKNOWN_TEAM',
      );
    });

    it('updates a measure, keeps its code unique and audits the change', async () => {
      const s = await seed(store);
      const u = await store.measures.update(s.count.id, { goal: 2, dataSource: 'EPJ' }, actor('p1'));
      expect(u).toMatchObject({ id: s.count.id, goal: 2, dataSource: 'EPJ', code: 'FALD' });
      expect(await store.measures.get(s.count.id)).toEqual(u);
      expect(await store.measures.update(s.count.id, { code: 'fald' }, actor())).toMatchObject({ code: 'fald' });
      await expectRejectedUnchanged(
        store,
        () => store.measures.update(s.count.id, { code: 'OP24' }, actor()),
        'DUPLICATE',
      );
      await expectRejectedUnchanged(
        store,
        () => store.measures.update('missing', { goal: 1 }, actor()),
        'UNKNOWN_MEASURE',
      );
      const entries = await store.audit.list({ entity: 'measure', entityId: s.count.id });
      expect(entries.map((e) => e.action)).toEqual(['update', 'update', 'create']);
      expect(entries[1]).toMatchObject({
        actorId: 'p1',
        oldValue: { goal: null },
        newValue: { goal: 2, dataSource: 'EPJ' },
      });
    });
  });

  describe('measurements', () => {
    it('puts a new value, then replaces it returning the previous row and auditing the old value', async () => {
      const s = await seed(store);
      const w = {
        measureId: s.proportion.id,
        teamId: s.team.id,
        ...week(9),
        value: 0.5,
        numerator: 5,
        denominator: 10,
        note: null,
      };
      const first = await store.measurements.put(w, actor(s.person.id));
      expect(first.previous).toBeNull();
      expect(first.measurement).toMatchObject({ ...w, recordedBy: s.person.id, recordedAt: T0 });
      const later = new Date(T0.getTime() + 60_000);
      const second = await store.measurements.put(
        { ...w, value: 0.8, numerator: 8, note: 'rettet' },
        actor('p2', later),
      );
      expect(second.previous).toEqual(first.measurement);
      expect(second.measurement).toMatchObject({
        id: first.measurement.id,
        value: 0.8,
        numerator: 8,
        note: 'rettet',
        recordedBy: 'p2',
        recordedAt: later,
      });
      expect(await store.measurements.get(s.proportion.id, s.team.id, '2026-W09')).toEqual(second.measurement);
      const entries = await store.audit.list({ entity: 'measurement', entityId: first.measurement.id });
      expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
      expect(entries[0]).toMatchObject({
        actorId: 'p2',
        oldValue: { value: 0.5, numerator: 5 },
        newValue: { value: 0.8, numerator: 8 },
      });
    });

    it('rejects writes for unknown measures or teams, bad periods and non-finite values, unchanged', async () => {
      const s = await seed(store);
      const w = {
        measureId: s.count.id,
        teamId: s.team.id,
        ...week(3),
        value: 2,
        numerator: null,
        denominator: null,
        note: null,
      };
      await expectRejectedUnchanged(
        store,
        () => store.measurements.put({ ...w, measureId: 'missing' }, actor()),
        'UNKNOWN_MEASURE',
      );
      await expectRejectedUnchanged(
        store,
        () => store.measurements.put({ ...w, teamId: 'missing' }, actor()),
        'UNKNOWN_TEAM',
      );
      await expectRejectedUnchanged(
        store,
        () => store.measurements.put({ ...w, periodStart: '2026-01-13' }, actor()),
        'INVALID_PERIOD',
      );
      await expectRejectedUnchanged(
        store,
        () => store.measurements.put({ ...w, periodKey: '2026-W54' }, actor()),
        'INVALID_PERIOD',
      );
      await expectRejectedUnchanged(
        store,
        () => store.measurements.put({ ...w, value: Number.NaN }, actor()),
        'VALIDATION_FAILED',
        { field: 'value' },
      );
      expect(await store.measurements.get(s.count.id, s.team.id, w.periodKey)).toBeNull();
    });

    it('adds a new value, audited, and leaves an existing one untouched, reporting it', async () => {
      const s = await seed(store);
      const w = {
        measureId: s.count.id,
        teamId: s.team.id,
        ...week(4),
        value: 2,
        numerator: null,
        denominator: null,
        note: null,
      };
      const added = await store.measurements.add(w, actor(s.person.id));
      expect(added).toMatchObject({ status: 'stored', measurement: { ...w, recordedBy: s.person.id } });
      const stored = added.status === 'stored' ? added.measurement : null;
      const before = await snapshot(store);
      expect(await store.measurements.add({ ...w, value: 5 }, actor('p2'))).toEqual({
        status: 'exists',
        existing: stored,
      });
      expect(await snapshot(store)).toEqual(before);
      const entries = await store.audit.list({ entity: 'measurement', entityId: stored!.id });
      expect(entries.map((e) => [e.action, e.actorId])).toEqual([['create', s.person.id]]);
      // The entry (written with the insert in one statement on PostgreSQL) records the stored row, at the actor's time.
      expect(entries[0]).toMatchObject({ at: stored!.recordedAt, oldValue: null });
      expect(entries[0]?.newValue).toEqual(JSON.parse(JSON.stringify(stored)));
    });

    it('trusts loaded entities only for the ids they carry', async () => {
      const s = await seed(store);
      const w = {
        measureId: s.count.id,
        teamId: s.team.id,
        ...week(5),
        value: 2,
        numerator: null,
        denominator: null,
        note: null,
      };
      const loaded = { measure: s.count, team: s.team };
      expect(await store.measurements.add(w, actor(), loaded)).toMatchObject({ status: 'stored' });
      expect(await store.measurements.put({ ...w, value: 3 }, actor(), loaded)).toMatchObject({
        measurement: { value: 3 },
        previous: { value: 2 },
      });
      // Entities for other ids prove nothing about the write's: its references are checked as without them.
      await expectRejectedUnchanged(
        store,
        () => store.measurements.add({ ...w, measureId: 'missing' }, actor(), loaded),
        'UNKNOWN_MEASURE',
      );
      await expectRejectedUnchanged(
        store,
        () => store.measurements.put({ ...w, teamId: 'missing' }, actor(), loaded),
        'UNKNOWN_TEAM',
      );
      await expectRejectedUnchanged(
        store,
        () => store.measurements.add({ ...w, teamId: 'missing' }, actor()),
        'UNKNOWN_TEAM',
      );
    });

    it('reads a chronological series, optionally limited to a range of period starts', async () => {
      const s = await seed(store);
      for (const n of [5, 1, 3, 2, 4])
        await store.measurements.put(
          {
            measureId: s.count.id,
            teamId: s.team.id,
            ...week(n),
            value: n,
            numerator: null,
            denominator: null,
            note: null,
          },
          actor(),
        );
      await store.measurements.put(
        {
          measureId: s.count.id,
          teamId: s.otherTeam.id,
          ...week(1),
          value: 9,
          numerator: null,
          denominator: null,
          note: null,
        },
        actor(),
      );
      const series = await store.measurements.series(s.count.id, s.team.id);
      expect(series.map((m) => m.value)).toEqual([1, 2, 3, 4, 5]);
      const ranged = await store.measurements.series(s.count.id, s.team.id, {
        from: week(2).periodStart,
        to: week(4).periodStart,
      });
      expect(ranged.map((m) => m.periodKey)).toEqual(['2026-W02', '2026-W03', '2026-W04']);
      expect(
        (await store.measurements.series(s.count.id, s.team.id, { from: week(4).periodStart })).map((m) => m.value),
      ).toEqual([4, 5]);
      expect(await store.measurements.series(s.count.id, 'missing')).toEqual([]);
    });

    it('orders a series across a year boundary and ISO week 53 chronologically', async () => {
      const s = await seed(store);
      const keys = [
        { periodKey: '2027-W01', periodStart: '2027-01-04' },
        { periodKey: '2026-W53', periodStart: '2026-12-28' },
        { periodKey: '2026-W52', periodStart: '2026-12-21' },
      ];
      for (const k of keys)
        await store.measurements.put(
          {
            measureId: s.value.id,
            teamId: s.team.id,
            ...k,
            value: 12.5,
            numerator: null,
            denominator: null,
            note: null,
          },
          actor(),
        );
      expect((await store.measurements.series(s.value.id, s.team.id)).map((m) => m.periodKey)).toEqual([
        '2026-W52',
        '2026-W53',
        '2027-W01',
      ]);
    });

    it('restores the previous value (undo) and deletes a new one, auditing both', async () => {
      const s = await seed(store);
      const key = { measureId: s.count.id, teamId: s.team.id, periodKey: '2026-W07' };
      const w = {
        ...key,
        periodStart: week(7).periodStart,
        value: 3,
        numerator: null,
        denominator: null,
        note: 'første',
      };
      const first = await store.measurements.put(w, actor('p1'));
      const second = await store.measurements.put(
        { ...w, value: 4, note: 'anden' },
        actor('p2', new Date(T0.getTime() + 1000)),
      );
      await store.measurements.restore(key, second.previous, actor('p2'));
      expect(await store.measurements.get(key.measureId, key.teamId, key.periodKey)).toEqual(first.measurement);
      await store.measurements.restore(key, null, actor('p1'));
      expect(await store.measurements.get(key.measureId, key.teamId, key.periodKey)).toBeNull();
      const entries = await store.audit.list({ entity: 'measurement', entityId: first.measurement.id });
      expect(entries.map((e) => e.action)).toEqual(['delete', 'update', 'update', 'create']);
      expect(entries[0]).toMatchObject({ oldValue: { value: 3 }, newValue: null });
      // Restoring a deleted row brings it back with its id, also from a JSON copy (an undo token).
      await store.measurements.restore(key, JSON.parse(JSON.stringify(first.measurement)), actor('p1'));
      expect(await store.measurements.get(key.measureId, key.teamId, key.periodKey)).toEqual(first.measurement);
      await expectRejectedUnchanged(
        store,
        () => store.measurements.restore({ ...key, periodKey: '2026-W08' }, first.measurement, actor()),
        'VALIDATION_FAILED',
        { field: 'previous' },
      );
    });

    it('lists a team’s measurements and those recorded by a person', async () => {
      const s = await seed(store);
      const recorder = uniq('rec-');
      await store.measurements.put(
        {
          measureId: s.count.id,
          teamId: s.team.id,
          ...week(2),
          value: 1,
          numerator: null,
          denominator: null,
          note: null,
        },
        actor(recorder),
      );
      await store.measurements.put(
        {
          measureId: s.proportion.id,
          teamId: s.team.id,
          ...week(1),
          value: 0.25,
          numerator: 1,
          denominator: 4,
          note: null,
        },
        actor(recorder),
      );
      await store.measurements.put(
        {
          measureId: s.count.id,
          teamId: s.otherTeam.id,
          ...week(1),
          value: 7,
          numerator: null,
          denominator: null,
          note: null,
        },
        actor(),
      );
      expect((await store.measurements.listForTeam(s.team.id)).map((m) => [m.periodKey, m.value])).toEqual([
        ['2026-W01', 0.25],
        ['2026-W02', 1],
      ]);
      expect((await store.measurements.listRecordedBy(recorder)).map((m) => m.teamId)).toEqual([s.team.id, s.team.id]);
      expect(await store.measurements.listRecordedBy('nobody')).toEqual([]);
    });

    it('putMany inserts and replaces in one transaction with a summary audit and old values of replaced rows', async () => {
      const s = await seed(store);
      const rows: MeasurementWrite[] = [];
      for (let n = 1; n <= 30; n++)
        rows.push({
          measureId: s.count.id,
          teamId: s.team.id,
          ...week(n),
          value: n,
          numerator: null,
          denominator: null,
          note: null,
        });
      expect(await store.measurements.putMany(rows, actor('importer'))).toBe(30);
      const again = [
        { ...rows[0]!, value: 100 },
        { ...rows[1]!, value: 200 },
        { ...rows[1]!, value: 201 }, // a later row for the same key wins
        {
          measureId: s.count.id,
          teamId: s.team.id,
          ...week(31),
          value: 31,
          numerator: null,
          denominator: null,
          note: null,
        },
      ];
      expect(await store.measurements.putMany(again, actor('importer'))).toBe(3);
      const series = await store.measurements.series(s.count.id, s.team.id);
      expect(series).toHaveLength(31);
      expect(series.slice(0, 3).map((m) => m.value)).toEqual([100, 201, 3]);
      const summaries = await store.audit.list({ entity: 'measurement_import', actorId: 'importer' });
      expect(summaries.map((e) => e.newValue)).toEqual([
        expect.objectContaining({ rows: 3, inserted: 1, replaced: 2 }),
        expect.objectContaining({ rows: 30, inserted: 30, replaced: 0 }),
      ]);
      const replaced = await store.audit.list({ entity: 'measurement', entityId: series[1]!.id });
      expect(replaced).toEqual([
        expect.objectContaining({
          action: 'update',
          oldValue: expect.objectContaining({ value: 2 }),
          newValue: expect.objectContaining({ value: 201 }),
        }),
      ]);
      expect(await store.measurements.putMany([], actor())).toBe(0);
    });

    it('putMany validates every row first: one bad row or unknown reference writes nothing', async () => {
      const s = await seed(store);
      const good = {
        measureId: s.count.id,
        teamId: s.team.id,
        ...week(1),
        value: 1,
        numerator: null,
        denominator: null,
        note: null,
      };
      await expectRejectedUnchanged(
        store,
        () => store.measurements.putMany([good, { ...good, ...week(2), note: 'pt. 010203-1234' }], actor()),
        'CPR_NUMBER_REFUSED',
        {
          field: 'note',
        },
      );
      await expectRejectedUnchanged(
        store,
        () => store.measurements.putMany([good, { ...good, ...week(2), teamId: 'missing' }], actor()),
        'UNKNOWN_TEAM',
      );
      await expectRejectedUnchanged(
        store,
        () => store.measurements.putMany([good, { ...good, ...week(2), measureId: 'missing' }], actor()),
        'UNKNOWN_MEASURE',
      );
    });

    it('putMany writes more rows than one chunk', async () => {
      const s = await seed(store);
      const rows: MeasurementWrite[] = [];
      for (let d = 0; d < 2500; d++) {
        const day = new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
        rows.push({
          measureId: s.value.id,
          teamId: s.otherTeam.id,
          periodKey: day,
          periodStart: day,
          value: d,
          numerator: null,
          denominator: null,
          note: null,
        });
      }
      expect(await store.measurements.putMany(rows, actor())).toBe(2500);
      const series = await store.measurements.series(s.value.id, s.otherTeam.id);
      expect(series).toHaveLength(2500);
      expect(series.at(-1)).toMatchObject({ value: 2499, periodKey: rows.at(-1)!.periodKey });
    });
  });
});
