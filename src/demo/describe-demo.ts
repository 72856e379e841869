import type { Membership, Role, Store } from '../domain';
import { DEMO_IDS, DEMO_PERSONS } from './demo-content';

/** A playground user as the page lists it. `role` is null for someone in no team yet. */
export interface DemoUser {
  id: string;
  name: string;
  role: Role | null;
  teams: Array<{ id: string; name: string }>;
}

/** The playground's users and the demo collaborative's measures, read from the store (chat changes show up). */
export interface DemoListing {
  collaborative: { id: string; name: string } | null;
  users: DemoUser[];
  measures: Array<{ code: string; name: string }>;
}

/** Which role names a person in the picker when they hold several. */
const ROLE_RANK: Role[] = ['admin', 'tovholder', 'lead', 'member', 'sponsor', 'expert'];
const DEMO_ORDER: string[] = DEMO_PERSONS.map((p) => DEMO_IDS.persons[p.key]);

/**
 * Lists everyone with a local (playground) identity — the demo people first, in the seed's order — with
 * their main role and teams, and the measures of the demo collaborative (or the first one, without a demo).
 */
export async function describeDemo(store: Store): Promise<DemoListing> {
  const collaborative =
    (await store.collaboratives.get(DEMO_IDS.collaborative)) ?? (await store.collaboratives.list())[0] ?? null;
  const allTeams = await store.teams.list();
  const teamName = new Map(allTeams.map((t) => [t.id, t.name]));
  const persons = (await store.persons.list())
    .filter((p) => !p.deletedAt && p.identities.some((i) => i.platform === 'local'))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.displayName.localeCompare(b.displayName, 'da'));
  const users: DemoUser[] = [];
  for (const person of persons) {
    const memberships = await store.memberships.listForPerson(person.id);
    const teamIds = new Set<string>();
    for (const m of memberships) {
      if (m.teamId) teamIds.add(m.teamId);
      else for (const t of allTeams) if (coordinates(m, t)) teamIds.add(t.id);
    }
    users.push({
      id: localUserId(person) ?? person.id,
      name: person.displayName,
      role: mainRole(memberships),
      teams: [...teamIds].map((id) => ({ id, name: teamName.get(id) ?? id })),
    });
  }
  const measures = collaborative ? await store.measures.listByCollaborative(collaborative.id) : [];
  return {
    collaborative: collaborative ? { id: collaborative.id, name: collaborative.name } : null,
    users,
    measures: measures.map((m) => ({ code: m.code, name: m.name })),
  };
}

function rank(personId: string): number {
  const i = DEMO_ORDER.indexOf(personId);
  return i < 0 ? DEMO_ORDER.length : i;
}

function localUserId(person: { identities: Array<{ platform: string; userId: string }> }): string | undefined {
  return person.identities.find((i) => i.platform === 'local')?.userId;
}

function mainRole(memberships: Membership[]): Role | null {
  return ROLE_RANK.find((r) => memberships.some((m) => m.role === r)) ?? null;
}

/** A collaborative-scoped role (tovholder, expert, admin) covers the collaborative's teams (of its region). */
function coordinates(m: Membership, team: { collaborativeId: string; region: string }): boolean {
  if (m.role === 'admin') return true;
  return m.collaborativeId === team.collaborativeId && (!m.region || m.region === team.region);
}
