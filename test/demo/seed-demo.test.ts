import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { DEMO_WEEKS, seedDemo } from '../../src/demo/seed-demo';
import { DEMO_IDS } from '../../src/demo/demo-content';
import { demoSeminarStart } from '../../src/demo/seed-demo-seminar';
import { describeDemo } from '../../src/demo/describe-demo';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { DIALECTS, freshStore } from '../support/stores';

const NOW = '2026-11-26T09:00:00Z'; // Thursday of ISO week 48, 10:00 in Copenhagen

describe.each(DIALECTS)('seedDemo on %s', (dialect) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('seeds a hip-fracture LKT with three teams in three regions, running past the clock', async () => {
    const clock = new ManualClock(NOW);
    store = await freshStore(dialect, { clock });
    const seed = await seedDemo(store, clock);
    expect(seed.created).toBe(true);
    const lkt = await store.collaboratives.get(seed.collaborativeId);
    expect(lkt?.name).toBe('LKT Hoftenære frakturer');
    expect(lkt!.endDate > '2026-11-26').toBe(true);
    expect(lkt!.startDate <= '2024-11-25').toBe(true);
    const teams = await store.teams.listByCollaborative(seed.collaborativeId);
    expect(new Set(teams.map((t) => t.region))).toEqual(new Set(['hovedstaden', 'midtjylland', 'syddanmark']));
    const measures = await store.measures.listByCollaborative(seed.collaborativeId);
    expect(measures.map((m) => m.code).sort()).toEqual(['OP24', 'VENT']);
  });

  it('gives every team 104 weeks of each measure up to last week, with a real shift', async () => {
    const clock = new ManualClock(NOW);
    store = await freshStore(dialect, { clock });
    const seed = await seedDemo(store, clock);
    for (const teamId of Object.values(seed.teams)) {
      for (const measureId of Object.values(seed.measures)) {
        const series = await store.measurements.series(measureId, teamId);
        expect(series).toHaveLength(DEMO_WEEKS);
        expect(series.at(-1)!.periodKey).toBe('2026-W47');
        expect(series[0]!.periodKey).toBe('2024-W48');
        const runs = analyze({ chart: 'run', y: series.map((m) => m.value) });
        expect(runs.parts[0]!.runsSignal).toBe(true);
      }
    }
    const op24 = await store.measurements.series(seed.measures.op24, seed.teams.hvidovre);
    expect(op24.every((m) => m.numerator !== null && m.denominator! >= m.numerator)).toBe(true);
    const firstYear = op24.slice(0, 52).reduce((s, m) => s + m.value, 0) / 52;
    const lastHalf = op24.slice(-26).reduce((s, m) => s + m.value, 0) / 26;
    expect(lastHalf - firstYear).toBeGreaterThan(0.1); // OP24 improves (higher is better)
  });

  it('plans the next learning seminar on a Thursday morning about three weeks ahead, two leads already answered', async () => {
    const clock = new ManualClock(NOW);
    store = await freshStore(dialect, { clock });
    const seed = await seedDemo(store, clock);
    const [seminar, ...more] = await store.seminars.listByCollaborative(seed.collaborativeId);
    expect(more).toEqual([]);
    expect(seminar).toMatchObject({
      title: 'Læringsseminar 4: Fra data til handling',
      region: null,
      cancelledAt: null,
    });
    expect(seminar!.startsAt).toEqual(new Date('2026-12-17T08:30:00Z')); // Thursday 17 December, 09:30 in Copenhagen
    // Three weeks after 3 December is Christmas Eve: the Christmas weeks are skipped.
    expect(demoSeminarStart(new Date('2026-12-03T09:00:00Z'))).toEqual(new Date('2027-01-07T08:30:00Z'));
    expect((await store.seminars.rsvps(seminar!.id)).map((r) => [r.personId, r.attending]).sort()).toEqual([
      [DEMO_IDS.persons.lead, true],
      [DEMO_IDS.persons.leadOdense, true],
    ]);
  });

  it('has a PDSA cycle in each phase and demo people with local identities and roles', async () => {
    const clock = new ManualClock(NOW);
    store = await freshStore(dialect, { clock });
    const seed = await seedDemo(store, clock);
    const cycles = await store.pdsa.listForTeam(seed.teams.hvidovre);
    expect(new Set(cycles.map((c) => c.phase))).toEqual(new Set(['plan', 'do', 'study', 'act', 'done']));
    const clinician = await store.persons.findByIdentity({
      platform: 'local',
      tenantId: 'local',
      userId: seed.persons.clinician,
    });
    expect(clinician?.id).toBe(DEMO_IDS.persons.clinician);
    const listing = await describeDemo(store);
    const roles = Object.fromEntries(listing.users.map((u) => [u.id, u.role]));
    expect(roles).toMatchObject({
      [seed.persons.clinician]: 'member',
      [seed.persons.lead]: 'lead',
      [seed.persons.tovholder]: 'tovholder',
      [seed.persons.sponsor]: 'sponsor',
      [seed.persons.expert]: 'expert',
      [seed.persons.guest]: null,
    });
    expect(listing.users.find((u) => u.id === seed.persons.tovholder)!.teams).toHaveLength(3);
    expect(listing.measures).toContainEqual({ code: 'OP24', name: 'Operation inden for 24 timer' });
  });

  it('changes nothing when run a second time, even days later', async () => {
    const clock = new ManualClock(NOW);
    store = await freshStore(dialect, { clock });
    await seedDemo(store, clock);
    const before = await snapshot(store);
    clock.advance(9 * 24 * 3600 * 1000);
    const again = await seedDemo(store, clock);
    expect(again.created).toBe(false);
    expect(await snapshot(store)).toEqual(before);
  });

  it('generates the same numbers every time', async () => {
    const clock = new ManualClock(NOW);
    store = await freshStore(dialect, { clock });
    const seed = await seedDemo(store, clock);
    const a = (await store.measurements.series(seed.measures.vent, seed.teams.odense)).map((m) => m.value);
    await store.close();
    store = await freshStore(dialect, { clock });
    await seedDemo(store, clock);
    const b = (await store.measurements.series(seed.measures.vent, seed.teams.odense)).map((m) => m.value);
    expect(b).toEqual(a);
  });
});

async function snapshot(store: Store) {
  const teams = await store.teams.list();
  const rows = [];
  for (const t of teams)
    rows.push(...(await store.measurements.listForTeam(t.id)), ...(await store.pdsa.listForTeam(t.id)));
  return {
    teams,
    persons: await store.persons.list(),
    rows,
    audit: (await store.audit.list({ limit: 100_000 })).length,
  };
}
