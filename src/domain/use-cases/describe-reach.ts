import type { PauseKind, ReachFailure } from '../model/reach';
import type { Repos } from '../ports/store';

/** Why a listed person cannot be reached: a rollout failure, or no conversation and no attempt yet. */
export type UnreachableReason = ReachFailure | 'not_seen';

/** How the bot can reach one listed person. */
export interface PersonReach {
  personId: string;
  name: string;
  teams: boolean;
  slack: boolean;
  /** Some live personal chat on any platform (the playground counts). */
  reachable: boolean;
  /** Set when not reachable: the most telling reason recorded. */
  reason: UnreachableReason | null;
  paused: PauseKind[];
}

/** How the bot reaches one person now: live personal chats per platform, the rollout's failures, paused kinds. */
export async function describeReach(repos: Repos, personId: string): Promise<PersonReach> {
  const person = await repos.persons.get(personId);
  const refs = await repos.conversationRefs.forPerson(personId);
  const teams = refs.some((r) => r.platform === 'teams');
  const slack = refs.some((r) => r.platform === 'slack');
  const reachable = refs.length > 0;
  let reason: UnreachableReason | null = null;
  if (!reachable) {
    const failures = (await repos.reach.forPerson(personId)).filter((s) => s.state === 'failed');
    failures.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
    reason = failures[0]?.reason ?? 'not_seen';
  }
  const { paused } = await repos.contactPrefs.get(personId);
  return { personId, name: person?.displayName ?? '', teams, slack, reachable, reason, paused };
}

/** The people listed in a team (member, lead, sponsor), each once, with how the bot reaches them. */
export async function describeTeamReach(repos: Repos, teamId: string): Promise<PersonReach[]> {
  const ids = [
    ...new Set(
      (await repos.memberships.listForTeam(teamId))
        .filter((m) => ['member', 'lead', 'sponsor'].includes(m.role))
        .map((m) => m.personId),
    ),
  ];
  const out: PersonReach[] = [];
  for (const id of ids) {
    const person = await repos.persons.get(id);
    if (person && !person.deletedAt) out.push(await describeReach(repos, id));
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
