import { DomainError, type Invite, type Team } from '../../domain';
import type { AttemptKey } from '../attempt-limiter';
import type { FlowContext } from '../flow';
import { rolesOverTeam } from '../permissions';
import { ReplyInterrupt } from '../reply-interrupt';
import type { Reply } from '../turn';

/** Wrong codes one person may try per window, and all people of one tenant or workspace together. */
const PER_PERSON = 5;
const PER_SOURCE = 50;

const keysOf = (ctx: FlowContext): AttemptKey[] => [
  { key: `person:${ctx.person.id}`, limit: PER_PERSON },
  { key: `source:${ctx.turn.channel}:${ctx.turn.conversation.tenantId}`, limit: PER_SOURCE },
];

/**
 * The live invite of a typed code and its team, or INVITE_INVALID. Each wrong, expired or revoked code counts
 * as a failed attempt; while the person or their tenant/workspace is over the limit, every code is refused
 * with a Danish "wait N minutes" (so a right guess during the block teaches nothing).
 */
export async function liveInvite(ctx: FlowContext, code: string): Promise<{ invite: Invite; team: Team }> {
  const now = ctx.clock.now();
  const keys = keysOf(ctx);
  const wait = ctx.attempts?.blockedForMs(keys, now) ?? 0;
  if (wait > 0) {
    throw new ReplyInterrupt([
      { text: ctx.t('invite.throttled', { minutes: Math.ceil(wait / 60_000) }), error: { code: 'RATE_LIMITED' } },
    ]);
  }
  const invite = await ctx.store.invites.get(code);
  const team = invite && !invite.revokedAt && invite.expiresAt > now ? await ctx.store.teams.get(invite.teamId) : null;
  if (!invite || !team) {
    ctx.attempts?.fail(keys, now);
    throw new DomainError('INVITE_INVALID');
  }
  return { invite, team };
}

/** `invitér tilbagekald KODE`: the team's lead, a tovholder or an admin withdraws a code. */
export async function revokeInvite(ctx: FlowContext, code: string): Promise<Reply[]> {
  if (!code.trim()) return [{ text: ctx.t('invite.revokeUsage') }];
  const { invite, team } = await liveInvite(ctx, code);
  const roles = rolesOverTeam(ctx.memberships, team);
  if (!roles.some((r) => r === 'tovholder' || r === 'admin' || r === 'lead'))
    throw new DomainError('PERMISSION_DENIED', { reason: 'coordinatorOnly' });
  await ctx.store.invites.revoke(invite.code, { personId: ctx.person.id, at: ctx.clock.now() });
  return [{ text: ctx.t('invite.revoked', { team: team.name }) }];
}

/** A code as people read it aloud: groups of four letters. */
export function formatInviteCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
