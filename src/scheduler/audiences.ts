import { DEFAULT_TIME_ZONE, type Person, type Role, type Store, type Team } from '../domain';
import type { Audience } from './planners/audience';

/** Roles of the people who report data (never sponsors, experts or tovholdere). */
export const DATA_REPORTERS: Role[] = ['member', 'lead'];

/** Person lookups shared by one sweep, so a person is read once. */
export class PersonLookup {
  private readonly cache = new Map<string, Promise<Person | null>>();
  constructor(private readonly store: Store) {}
  get(id: string): Promise<Person | null> {
    let p = this.cache.get(id);
    if (!p) {
      p = this.store.persons.get(id);
      this.cache.set(id, p);
    }
    return p;
  }
}

/** A person as addressee in their own time zone; null for an unknown or anonymised person. */
export async function personAudience(people: PersonLookup, personId: string): Promise<Audience | null> {
  const person = await people.get(personId);
  if (!person || person.deletedAt) return null;
  return { recipient: { kind: 'person', personId }, zone: person.timeZone || DEFAULT_TIME_ZONE };
}

/** The people holding one of `roles` in a team, each once. */
export async function teamPeople(
  store: Store,
  people: PersonLookup,
  teamId: string,
  roles: Role[],
): Promise<Audience[]> {
  const ids = new Set(
    (await store.memberships.listForTeam(teamId)).filter((m) => roles.includes(m.role)).map((m) => m.personId),
  );
  const out = await Promise.all([...ids].map((id) => personAudience(people, id)));
  return out.filter((a): a is Audience => a !== null);
}

/** The team's linked channels (ConversationRef.teamId), else its people with `roles`. */
export async function teamChannelsOrPeople(
  store: Store,
  people: PersonLookup,
  teamId: string,
  roles: Role[],
): Promise<Audience[]> {
  const channels = (await store.conversationRefs.forTeam(teamId)).filter((r) => r.kind !== 'personal');
  if (channels.length > 0) {
    return channels.map((c) => ({
      recipient: { kind: 'conversation', conversationId: c.id },
      zone: DEFAULT_TIME_ZONE,
    }));
  }
  return teamPeople(store, people, teamId, roles);
}

/** Tovholdere over a team: those of its whole collaborative and those of its region. */
export async function tovholdereOf(store: Store, people: PersonLookup, team: Team): Promise<Audience[]> {
  const ms = (await store.memberships.listForCollaborative(team.collaborativeId)).filter(
    (m) => m.role === 'tovholder' && (m.region === null || m.region === team.region),
  );
  const out = await Promise.all([...new Set(ms.map((m) => m.personId))].map((id) => personAudience(people, id)));
  return out.filter((a): a is Audience => a !== null);
}

/** The teams of a collaborative, or of one region of it. */
export async function teamsInScope(store: Store, collaborativeId: string, region: string | null): Promise<Team[]> {
  const teams = await store.teams.listByCollaborative(collaborativeId);
  return region ? teams.filter((t) => t.region === region) : teams;
}
