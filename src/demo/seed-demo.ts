import { DateTime } from 'luxon';
import {
  currentPeriodKey,
  periodBounds,
  periodRange,
  shiftPeriod,
  type Actor,
  type Clock,
  type Measure,
  type Repos,
  type Store,
} from '../domain';
import { DEMO_COLLABORATIVE, DEMO_IDS, DEMO_MEASURES, DEMO_PERSONS, DEMO_TEAMS } from './demo-content';
import { CHANGE_NOTES } from './demo-pdsa';
import { seedDemoCycles } from './seed-demo-cycles';
import { seedDemoSeminar } from './seed-demo-seminar';
import { demoSeries } from './demo-series';

/** Weeks of data per team and measure (two years). */
export const DEMO_WEEKS = 104;

/** What the demo seed created: fixed ids, and whether this call created them (false on a repeat call). */
export interface DemoSeed {
  created: boolean;
  collaborativeId: string;
  teams: typeof DEMO_IDS.teams;
  measures: typeof DEMO_IDS.measures;
  persons: typeof DEMO_IDS.persons;
}

/**
 * Seeds the demo hip-fracture LKT once: three teams in three regions, OP24 and VENT with 104 weeks of data
 * per team ending last week (each with a real shift after a change), PDSA cycles in every phase, an upcoming
 * learning seminar and demo people with local (playground) identities. All in one transaction; a second call changes nothing.
 */
export async function seedDemo(store: Store, clock: Clock): Promise<DemoSeed> {
  const seed = (created: boolean): DemoSeed => ({ created, ...DEMO_IDS, collaborativeId: DEMO_IDS.collaborative });
  if (await store.collaboratives.get(DEMO_IDS.collaborative)) return seed(false);
  try {
    await store.transaction((tx) => seedAll(tx, clock.now()));
  } catch (err) {
    // Another instance seeded at the same moment (same fixed ids): its seed stands, ours rolled back.
    if (await store.collaboratives.get(DEMO_IDS.collaborative)) return seed(false);
    throw err;
  }
  return seed(true);
}

async function seedAll(tx: Repos, now: Date): Promise<void> {
  const system: Actor = { personId: null, at: now };
  const thisWeek = currentPeriodKey('week', now);
  const weeks = periodRange(shiftPeriod(thisWeek, -DEMO_WEEKS), shiftPeriod(thisWeek, -1));
  const startDate = periodBounds(weeks[0]!)!.start;
  // Two years, extended by half a year after the expert group's assessment (DOMAIN.md), so it is still running.
  const endDate = DateTime.fromISO(startDate).plus({ years: 2, months: 6 }).toISODate()!;
  const collaborativeId = DEMO_IDS.collaborative;
  await tx.collaboratives.create({ id: collaborativeId, ...DEMO_COLLABORATIVE, startDate, endDate }, system);

  for (const team of DEMO_TEAMS) {
    const { name, department, region } = team;
    await tx.teams.create({ id: DEMO_IDS.teams[team.key], collaborativeId, name, department, region }, system);
  }
  const measures: Measure[] = [];
  for (const m of DEMO_MEASURES) measures.push(await tx.measures.create({ ...m, collaborativeId }, system));
  const [op24, vent] = measures as [Measure, Measure];

  for (const p of DEMO_PERSONS) {
    const personId = DEMO_IDS.persons[p.key];
    await tx.persons.create(
      {
        id: personId,
        displayName: p.displayName,
        email: p.email,
        locale: 'da',
        identities: [{ platform: 'local', tenantId: 'local', userId: personId }],
      },
      system,
    );
    if (!p.role) continue;
    const teamScoped = p.team !== null;
    await tx.memberships.grant(
      {
        personId,
        role: p.role,
        teamId: teamScoped ? DEMO_IDS.teams[p.team!] : null,
        collaborativeId: teamScoped ? null : collaborativeId,
      },
      system,
    );
  }

  for (const team of DEMO_TEAMS) {
    const rows = demoSeries(team, weeks, { op24, vent }, CHANGE_NOTES[team.key]);
    await tx.measurements.putMany(rows, system);
  }
  await seedDemoCycles(tx, now);
  await seedDemoSeminar(tx, now);
}
