// A small improvement team for end-to-end Teams tests: one collaborative, one team, a proportion measure
// and people linked to Teams identities with their roles.
import type { Role, Store } from '../../../src/domain';
import { FIXTURE } from './teams-fixtures';

/** Seeds a team; `people` maps AAD object ids to a name and role. Returns the ids tests need. */
export async function seedTeam(store: Store, at: Date, people: Record<string, { name: string; role: Role }>) {
  const actor = { personId: null, at };
  const collaborative = await store.collaboratives.create(
    { name: 'LKT Hoftenære frakturer', clinicalArea: 'Hoftefraktur', startDate: '2026-01-05' },
    actor,
  );
  const team = await store.teams.create(
    {
      collaborativeId: collaborative.id,
      name: 'Ortopædkirurgisk afd. Hvidovre',
      department: 'Ortopædkirurgi',
      region: 'hovedstaden',
    },
    actor,
  );
  const measure = await store.measures.create(
    {
      collaborativeId: collaborative.id,
      code: 'OP24',
      name: 'Operation inden for 24 timer',
      type: 'process',
      unitKind: 'proportion',
      direction: 'higher',
      goal: 0.9,
    },
    actor,
  );
  const personIds: Record<string, string> = {};
  for (const [aadObjectId, { name, role }] of Object.entries(people)) {
    const person = await store.persons.create(
      { displayName: name, identities: [{ platform: 'teams', tenantId: FIXTURE.tenantId, userId: aadObjectId }] },
      actor,
    );
    await store.memberships.grant({ personId: person.id, role, teamId: team.id }, actor);
    personIds[aadObjectId] = person.id;
  }
  return { collaborative, team, measure, personIds };
}
