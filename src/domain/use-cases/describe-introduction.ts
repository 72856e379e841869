import type { Repos } from '../ports/store';

/** What the bot's first message to a person says: their team(s) and who set the collaborative up. */
export interface Introduction {
  /** The person's first name (empty when unknown). */
  firstName: string;
  /** Team names the person is listed in, with their collaborative. */
  teams: Array<{ team: string; collaborative: string }>;
  /** Display names of the tovholdere of those collaboratives (who set it up). */
  setUpBy: string[];
  /** True when the person is a sponsor somewhere (they get the weekly summary). */
  sponsor: boolean;
}

/** Gathers what the introduction needs from the person's memberships. */
export async function describeIntroduction(repos: Repos, personId: string): Promise<Introduction> {
  const person = await repos.persons.get(personId);
  const memberships = await repos.memberships.listForPerson(personId);
  const teams: Introduction['teams'] = [];
  const collaboratives = new Set<string>();
  for (const m of memberships) {
    if (!m.teamId) continue;
    const team = await repos.teams.get(m.teamId);
    if (!team || teams.some((t) => t.team === team.name)) continue;
    const collaborative = await repos.collaboratives.get(team.collaborativeId);
    teams.push({ team: team.name, collaborative: collaborative?.name ?? '' });
    collaboratives.add(team.collaborativeId);
  }
  const setUpBy: string[] = [];
  for (const collaborativeId of collaboratives) {
    for (const m of await repos.memberships.listForCollaborative(collaborativeId)) {
      if (m.role !== 'tovholder' || m.personId === personId) continue;
      const t = await repos.persons.get(m.personId);
      if (t && !t.deletedAt && !setUpBy.includes(t.displayName)) setUpBy.push(t.displayName);
    }
  }
  return {
    firstName: person?.displayName.trim().split(/\s+/)[0] ?? '',
    teams,
    setUpBy,
    sponsor: memberships.some((m) => m.role === 'sponsor'),
  };
}
