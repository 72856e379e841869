import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeasurement, type RecordMeasurementInput, type Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, type Seeded } from './seed';
import { expectRejectedUnchanged, snapshot } from './store-snapshot';

describe.each(DIALECTS)('recordMeasurement on %s', (dialect) => {
  let store: Store;
  let s: Seeded;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });
  const input = (over: Partial<RecordMeasurementInput> = {}): RecordMeasurementInput => ({
    measureId: s.count.id,
    teamId: s.team.id,
    periodKey: '2026-W09',
    value: 3,
    numerator: null,
    denominator: null,
    note: null,
    actor: actor(s.person.id),
    timeZone: 'Europe/Copenhagen',
    ...over,
  });

  it('stores a new count and a proportion with its computed value', async () => {
    s = await seed(store);
    const r = await recordMeasurement(store, input({ note: 'to fald i weekenden' }));
    expect(r).toMatchObject({
      status: 'stored',
      previous: null,
      measurement: { value: 3, periodStart: '2026-02-23', note: 'to fald i weekenden', recordedBy: s.person.id },
    });
    const p = await recordMeasurement(
      store,
      input({ measureId: s.proportion.id, value: null, numerator: 8, denominator: 10 }),
    );
    expect(p).toMatchObject({ status: 'stored', measurement: { value: 0.8, numerator: 8, denominator: 10 } });
    expect(await store.measurements.get(s.proportion.id, s.team.id, '2026-W09')).toMatchObject({ value: 0.8 });
  });

  it('asks for confirmation before replacing a value, and replaces it once confirmed', async () => {
    s = await seed(store);
    const first = await recordMeasurement(store, input());
    expect(first.status).toBe('stored');
    let pending: Awaited<ReturnType<typeof recordMeasurement>> | undefined;
    await expectUnchanged(async () => {
      pending = await recordMeasurement(store, input({ value: 4 }));
    });
    expect(pending).toEqual({
      status: 'needs_confirmation',
      existing: first.status === 'stored' ? first.measurement : null,
    });
    const confirmed = await recordMeasurement(store, input({ value: 4, confirmReplace: true }));
    expect(confirmed).toMatchObject({ status: 'stored', measurement: { value: 4 }, previous: { value: 3 } });
    const [entry] = await store.audit.list({
      entity: 'measurement',
      entityId: confirmed.status === 'stored' ? confirmed.measurement.id : '',
      limit: 1,
    });
    expect(entry).toMatchObject({ action: 'update', oldValue: { value: 3 }, newValue: { value: 4 } });
  });

  it('writes nothing for the same numbers, refuses correcting an empty period, asks about an unusual value', async () => {
    s = await seed(store);
    const first = await recordMeasurement(store, input());
    let same: Awaited<ReturnType<typeof recordMeasurement>> | undefined;
    await expectUnchanged(async () => {
      same = await recordMeasurement(store, input({ confirmReplace: true }));
    });
    expect(same).toEqual({ status: 'unchanged', existing: first.status === 'stored' ? first.measurement : null });
    await expectRejectedUnchanged(
      store,
      () => recordMeasurement(store, input({ periodKey: '2026-W08', confirmReplace: true, requireExisting: true })),
      'NO_MEASUREMENT_FOR_PERIOD',
      { period: '2026-W08' },
    );
    for (const week of ['01', '02', '03', '04']) await recordMeasurement(store, input({ periodKey: `2026-W${week}` }));
    let unusual: Awaited<ReturnType<typeof recordMeasurement>> | undefined;
    await expectUnchanged(async () => {
      unusual = await recordMeasurement(store, input({ periodKey: '2026-W05', value: 30 }));
    });
    expect(unusual).toEqual({
      status: 'needs_plausibility',
      reason: { kind: 'tenTimesTypical', value: 30, typical: 3 },
    });
    const confirmed = await recordMeasurement(store, input({ periodKey: '2026-W05', value: 30, confirmUnusual: true }));
    expect(confirmed).toMatchObject({ status: 'stored', measurement: { value: 30 } });
  });

  it('accepts the current week from the first minute of Monday in the user’s time zone', async () => {
    s = await seed(store);
    const mondayCopenhagen = new Date('2026-03-08T23:30:00Z'); // Monday 9 March 00:30 in Copenhagen, still Sunday in UTC
    expect(
      await recordMeasurement(store, input({ periodKey: '2026-W11', actor: actor(null, mondayCopenhagen) })),
    ).toMatchObject({ status: 'stored' });
    await expectRejectedUnchanged(
      store,
      () =>
        recordMeasurement(
          store,
          input({
            teamId: s.otherTeam.id,
            periodKey: '2026-W11',
            actor: actor(null, mondayCopenhagen),
            timeZone: 'UTC',
          }),
        ),
      'PERIOD_NOT_STARTED',
      { period: '2026-W11' },
    );
  });

  it.each([
    ['a negative count', { value: -1 }, 'NEGATIVE_VALUE'],
    ['a fractional count', { value: 1.5 }, 'VALIDATION_FAILED'],
    ['a missing value', { value: null }, 'VALIDATION_FAILED'],
    ['a denominator on a count', { denominator: 4 }, 'DENOMINATOR_NOT_ALLOWED'],
    ['a period that has not started', { periodKey: '2026-W11' }, 'PERIOD_NOT_STARTED'],
    ['a period before the collaborative', { periodKey: '2025-W50' }, 'PERIOD_OUTSIDE_COLLABORATIVE'],
    ['a month key for a weekly measure', { periodKey: '2026-02' }, 'INVALID_PERIOD'],
    ['a week that does not exist', { periodKey: '2026-W54' }, 'INVALID_PERIOD'],
    ['a CPR number in the note', { note: 'pt 240583-1234 faldt' }, 'CPR_NUMBER_REFUSED'],
    ['a CPR number without dash in the note', { note: 'cpr 2405831234' }, 'CPR_NUMBER_REFUSED'],
    ['an unknown measure', { measureId: 'missing' }, 'UNKNOWN_MEASURE'],
    ['an unknown team', { teamId: 'missing' }, 'UNKNOWN_TEAM'],
    ['an empty period', { periodKey: '' }, 'VALIDATION_FAILED'],
  ] as const)('rejects %s and changes nothing', async (_name, over, code) => {
    s = await seed(store);
    await recordMeasurement(store, input({ periodKey: '2026-W08' }));
    await expectRejectedUnchanged(
      store,
      () => recordMeasurement(store, input(over as Partial<RecordMeasurementInput>)),
      code,
    );
  });

  it.each([
    ['numerator above denominator', { numerator: 11, denominator: 10 }, 'NUMERATOR_EXCEEDS_DENOMINATOR'],
    ['a missing denominator', { numerator: 3, denominator: null }, 'DENOMINATOR_REQUIRED'],
    ['a zero denominator', { numerator: 0, denominator: 0 }, 'ZERO_DENOMINATOR'],
    ['a negative numerator', { numerator: -1, denominator: 10 }, 'NEGATIVE_VALUE'],
  ] as const)('rejects a proportion with %s', async (_name, over, code) => {
    s = await seed(store);
    await expectRejectedUnchanged(
      store,
      () => recordMeasurement(store, input({ measureId: s.proportion.id, value: null, ...over })),
      code,
    );
  });

  it("rejects another team's own measure and a measure of another collaborative", async () => {
    s = await seed(store);
    await expectRejectedUnchanged(
      store,
      () => recordMeasurement(store, input({ measureId: s.otherTeamsOwn.id })),
      'UNKNOWN_MEASURE',
    );
    expect(
      await recordMeasurement(store, input({ measureId: s.otherTeamsOwn.id, teamId: s.otherTeam.id })),
    ).toMatchObject({ status: 'stored' });
    const foreign = await seed(store);
    await expectRejectedUnchanged(
      store,
      () => recordMeasurement(store, input({ measureId: foreign.count.id })),
      'UNKNOWN_MEASURE',
    );
  });

  it('uses the measure and team the caller loaded, checking them all the same', async () => {
    s = await seed(store);
    const loaded = { measure: s.count, team: s.team };
    expect(await recordMeasurement(store, input({ loaded }))).toMatchObject({
      status: 'stored',
      measurement: { measureId: s.count.id },
    });
    // The loaded measure is the one checked (here one that became another team's own since it was read).
    const moved = { measure: { ...s.count, teamId: s.otherTeam.id }, team: s.team };
    await expectRejectedUnchanged(
      store,
      () => recordMeasurement(store, input({ periodKey: '2026-W08', loaded: moved })),
      'UNKNOWN_MEASURE',
    );
    // Entities for other ids are ignored: an unknown measure is still unknown.
    await expectRejectedUnchanged(
      store,
      () => recordMeasurement(store, input({ measureId: 'missing', loaded })),
      'UNKNOWN_MEASURE',
    );
  });

  it('accepts a rate with events above the exposure and a zero continuous value', async () => {
    s = await seed(store);
    expect(
      await recordMeasurement(store, input({ measureId: s.rate.id, value: null, numerator: 12, denominator: 5 })),
    ).toMatchObject({
      status: 'stored',
      measurement: { value: 2.4 },
    });
    expect(await recordMeasurement(store, input({ measureId: s.value.id, value: 0 }))).toMatchObject({
      status: 'stored',
      measurement: { value: 0 },
    });
  });

  async function expectUnchanged(fn: () => Promise<void>): Promise<void> {
    const before = await snapshot(store);
    await fn();
    expect(await snapshot(store)).toEqual(before);
  }
});
