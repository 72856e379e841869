import { describeReach, type Recipient } from '../../domain';
import type { FlowContext } from '../flow';
import { teamsOfScope, type Scope } from './coordinator-scopes';
import { whyNot } from './coverage-flow';

/** Where a broadcast goes: one entry per conversation, and the names it cannot reach. */
export interface BroadcastTargets {
  teams: number;
  targets: Array<{ recipient: Recipient; label: string; teamId: string }>;
  /** Teams or people the bot cannot write to (not installed there / never talked to the bot). */
  unreachable: string[];
}

/**
 * A team's linked channels (`forbind`) when it has any; otherwise its members and leads in their personal chats.
 * A person in two teams is written to once; someone the bot has no conversation with is listed as unreachable.
 */
export async function broadcastTargets(ctx: FlowContext, scope: Scope): Promise<BroadcastTargets> {
  const { store } = ctx;
  const teams = await teamsOfScope(ctx, scope);
  const out: BroadcastTargets = { teams: teams.length, targets: [], unreachable: [] };
  const seen = new Set<string>();
  for (const team of teams) {
    const channels = (await store.conversationRefs.forTeam(team.id)).filter((r) => r.kind !== 'personal');
    if (channels.length > 0) {
      for (const c of channels)
        out.targets.push({
          recipient: { kind: 'conversation', conversationId: c.id },
          label: team.name,
          teamId: team.id,
        });
      continue;
    }
    const people = (await store.memberships.listForTeam(team.id)).filter(
      (m) => m.role === 'member' || m.role === 'lead',
    );
    if (people.length === 0) out.unreachable.push(team.name);
    for (const m of people) {
      if (seen.has(m.personId)) continue;
      seen.add(m.personId);
      const person = await store.persons.get(m.personId);
      if (!person || person.deletedAt) continue;
      const label = `${person.displayName} (${team.name})`;
      const reach = await describeReach(store, person.id);
      if (!reach.reachable) out.unreachable.push(`${label}: ${whyNot(ctx, reach)}`);
      else out.targets.push({ recipient: { kind: 'person', personId: person.id }, label, teamId: team.id });
    }
  }
  out.unreachable.sort((a, b) => a.localeCompare(b, 'da'));
  return out;
}
