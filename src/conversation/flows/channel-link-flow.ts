import { z } from 'zod';
import { DomainError, type Team } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import { parseData } from '../parse-data';
import { checkTeamPermission, requireAllowed } from '../permissions';
import { resolveTeam, teamsInReach } from '../team-scope';
import { teamPicker } from '../team-picker';
import type { Reply } from '../turn';

/** `forbind [team or invite code]`: links a group chat or channel to a team, so its turns use that team. */
async function link(ctx: FlowContext, args: string, teamId?: string): Promise<Reply[]> {
  const { t } = ctx;
  if (ctx.turn.conversation.kind === 'personal' || !ctx.conversationRef) return [{ text: t('channel.onlyInChannel') }];
  let team: Team | null = null;
  const query = args.trim();
  if (teamId) team = await resolveTeam(ctx, 'team.link', teamId);
  else if (query) team = await findTeam(ctx, query);
  else {
    const candidates = (await teamsInReach(ctx)).filter(
      (x) => checkTeamPermission(ctx.memberships, 'team.link', x).allowed,
    );
    if (candidates.length !== 1) {
      if (candidates.length === 0) return [{ text: t('permission.leadOrCoordinatorOnly') }];
      return [
        teamPicker(ctx, {
          teams: candidates,
          verb: 'team.link',
          title: t('channel.pickTitle'),
          text: t('channel.pickText'),
        }),
      ];
    }
    team = candidates[0]!;
  }
  requireAllowed(checkTeamPermission(ctx.memberships, 'team.link', team));
  await ctx.store.conversationRefs.linkTeam(ctx.conversationRef.id, team.id, ctx.clock.now());
  return [{ text: t('channel.linked', { team: team.name }) }];
}

/** `frakobl`: removes the channel's team link (same permission as linking). */
async function unlink(ctx: FlowContext): Promise<Reply[]> {
  const ref = ctx.conversationRef;
  if (!ref?.teamId) return [{ text: ctx.t('channel.notLinked') }];
  const team = await ctx.store.teams.get(ref.teamId);
  if (team) requireAllowed(checkTeamPermission(ctx.memberships, 'team.link', team));
  await ctx.store.conversationRefs.linkTeam(ref.id, null, ctx.clock.now());
  return [{ text: ctx.t('channel.unlinked', { team: team?.name ?? '' }) }];
}

/** A team by invite code, or by name prefix among the teams the person reaches. */
async function findTeam(ctx: FlowContext, query: string): Promise<Team> {
  const invite = await ctx.store.invites.get(query.toUpperCase());
  if (invite && !invite.revokedAt && invite.expiresAt > ctx.clock.now()) {
    const team = await ctx.store.teams.get(invite.teamId);
    if (team) return team;
  }
  const q = query.toLowerCase();
  const matches = (await teamsInReach(ctx)).filter((x) => x.name.toLowerCase().startsWith(q));
  if (matches.length === 1) return matches[0]!;
  throw new DomainError('UNKNOWN_TEAM');
}

const linkSchema = z.object({ teamId: z.string().min(1).max(64) });

/** Linking a Teams/Slack channel to an improvement team. */
export const channelLinkFlow: Flow = {
  name: 'channel-link',
  commands: [
    {
      words: ['forbind', 'link'],
      help: { usage: 'channel.cmd.link', description: 'channel.cmd.link.text', roles: ['lead', 'tovholder', 'admin'] },
      handle: (ctx, args) => link(ctx, args),
    },
    { words: ['frakobl', 'unlink'], handle: (ctx) => unlink(ctx) },
  ],
  actions: {
    'team.link': (ctx, data) => link(ctx, '', parseData(linkSchema, data).teamId),
  },
};
