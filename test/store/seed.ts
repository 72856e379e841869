import { randomBytes } from 'node:crypto';
import type { Actor, Collaborative, Measure, MeasureInput, Person, Store, Team } from '../../src/domain';

/** Monday 2 March 2026, 10:00 in Copenhagen (ISO week 2026-W10). */
export const T0 = new Date('2026-03-02T09:00:00Z');

/** A short random suffix so tests sharing one store never collide. */
export function uniq(prefix = ''): string {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}

/** An actor: a person id (or the system) at a time. */
export function actor(personId: string | null = null, at: Date = T0): Actor {
  return { personId, at };
}

/** A collaborative (2026-01-01 … 2027-12-31) with two teams, a person and weekly measures of every unit kind. */
export interface Seeded {
  collaborative: Collaborative;
  team: Team;
  otherTeam: Team;
  person: Person;
  count: Measure;
  proportion: Measure;
  rate: Measure;
  value: Measure;
  /** A measure of `otherTeam` only. */
  otherTeamsOwn: Measure;
}

/** Creates a fresh, independent set of entities (unique names and codes) in the store. */
export async function seed(store: Store): Promise<Seeded> {
  const a = actor();
  const collaborative = await store.collaboratives.create(
    { name: uniq('LKT hoftenære frakturer '), clinicalArea: 'Ortopædkirurgi', startDate: '2026-01-01' },
    a,
  );
  const team = await store.teams.create(
    {
      collaborativeId: collaborative.id,
      name: uniq('Hvidovre '),
      department: 'Ortopædkirurgisk afd.',
      region: 'hovedstaden',
    },
    a,
  );
  const otherTeam = await store.teams.create(
    { collaborativeId: collaborative.id, name: uniq('Odense '), department: 'Ortopædkirurgi', region: 'syddanmark' },
    a,
  );
  const person = await store.persons.create({ displayName: uniq('Mette '), email: `${uniq('m')}@example.dk` }, a);
  const measure = (code: string, unitKind: MeasureInput['unitKind'], extra: Partial<MeasureInput> = {}) =>
    store.measures.create(
      {
        collaborativeId: collaborative.id,
        code,
        name: `Indikator ${code}`,
        type: 'process',
        unitKind,
        direction: 'higher',
        ...extra,
      },
      a,
    );
  return {
    collaborative,
    team,
    otherTeam,
    person,
    count: await measure('FALD', 'count', { direction: 'lower' }),
    proportion: await measure('OP24', 'proportion', { goal: 90, unit: '%' }),
    rate: await measure('INF', 'rate', { multiplier: 1000, unit: 'pr. 1000 sengedage' }),
    value: await measure('VENT', 'value', { unit: 'min' }),
    otherTeamsOwn: await measure('EGEN', 'count', { teamId: otherTeam.id }),
  };
}
