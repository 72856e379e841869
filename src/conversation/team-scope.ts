import { DomainError, type Team } from '../domain';
import type { FlowContext } from './flow';
import { joinReplies } from './flows/onboarding-replies';
import { checkTeamPermission, requireAllowed, type TeamPermission } from './permissions';
import { ReplyInterrupt } from './reply-interrupt';
import { teamPicker } from './team-picker';

/** How long a picked team stays the person's team in a conversation. */
const ACTIVE_TEAM_TTL_MS = 90 * 24 * 3600 * 1000;

const activeTeamKey = (ctx: FlowContext) =>
  `activeTeam:${ctx.person.id}:${ctx.turn.channel}:${ctx.turn.conversation.id}`;

/** Remembers the team a person picked for this conversation. */
export async function rememberActiveTeam(ctx: FlowContext, teamId: string): Promise<void> {
  const expires = new Date(ctx.clock.now().getTime() + ACTIVE_TEAM_TTL_MS);
  await ctx.store.conversationState.put(activeTeamKey(ctx), { teamId }, expires);
}

/**
 * The team a turn is about, checked against `permission`: the team named in the card data, else the team
 * linked to this channel (`forbind`), else the one picked earlier here, else the person's only team.
 * Several candidates → ends the turn with a team picker that resumes the same request; none → explains.
 */
export async function resolveTeam(
  ctx: FlowContext,
  permission: TeamPermission,
  requestedTeamId?: string | null,
): Promise<Team> {
  if (requestedTeamId) return checked(ctx, permission, await getTeam(ctx, requestedTeamId));
  const linked = ctx.conversationRef?.teamId;
  if (linked) return checked(ctx, permission, await getTeam(ctx, linked));
  // A person with one team and no wider role needs no remembered choice (saves a read on the hot path).
  const teamIds = new Set(ctx.memberships.map((m) => m.teamId));
  const single = teamIds.size === 1 && !teamIds.has(null);
  const remembered = single
    ? null
    : await ctx.store.conversationState.get<{ teamId: string }>(activeTeamKey(ctx), ctx.clock.now());
  if (remembered) {
    const team = await ctx.store.teams.get(remembered.teamId);
    if (team && checkTeamPermission(ctx.memberships, permission, team).allowed) return team;
  }
  const reachable = await teamsInReach(ctx);
  const allowed = reachable.filter((team) => checkTeamPermission(ctx.memberships, permission, team).allowed);
  if (allowed.length === 1) return allowed[0]!;
  if (allowed.length === 0) {
    if (ctx.memberships.length === 0) throw new ReplyInterrupt(joinReplies(ctx));
    const first = reachable[0];
    if (first) requireAllowed(checkTeamPermission(ctx.memberships, permission, first));
    throw new DomainError('PERMISSION_DENIED', { reason: 'notInTeam' });
  }
  throw new ReplyInterrupt([teamPickerFor(ctx, allowed)]);
}

/** Every team the person holds some role over, by name. */
export async function teamsInReach(ctx: FlowContext): Promise<Team[]> {
  const { store, memberships } = ctx;
  const byId = new Map<string, Team>();
  if (memberships.some((m) => m.role === 'admin')) {
    for (const team of await store.teams.list()) byId.set(team.id, team);
  }
  for (const m of memberships) {
    if (m.teamId && !byId.has(m.teamId)) {
      const team = await store.teams.get(m.teamId);
      if (team) byId.set(team.id, team);
    } else if (m.collaborativeId && (m.role === 'tovholder' || m.role === 'expert')) {
      for (const team of await store.teams.listByCollaborative(m.collaborativeId)) {
        if (m.role === 'expert' || m.region === null || m.region === team.region) byId.set(team.id, team);
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

async function getTeam(ctx: FlowContext, id: string): Promise<Team> {
  const team = await ctx.store.teams.get(id);
  if (!team) throw new DomainError('UNKNOWN_TEAM');
  return team;
}

function checked(ctx: FlowContext, permission: TeamPermission, team: Team): Team {
  requireAllowed(checkTeamPermission(ctx.memberships, permission, team));
  return team;
}

/** A picker whose choice re-runs this turn's request for the chosen team. */
function teamPickerFor(ctx: FlowContext, teams: Team[]) {
  const { turn } = ctx;
  const resume = turn.action
    ? { resumeVerb: turn.action.verb, resumeData: turn.action.data }
    : { resumeText: turn.text ?? '' };
  return teamPicker(ctx, { teams, verb: 'team.pick', data: resume });
}
