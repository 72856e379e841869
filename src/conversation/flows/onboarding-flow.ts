import { DateTime } from 'luxon';
import { z } from 'zod';
import { DomainError, type Role } from '../../domain';
import { button } from '../../cards/button';
import { inviteCard } from '../../cards/builders/invite-card';
import type { Flow, FlowContext } from '../flow';
import { parseData } from '../parse-data';
import { rolesOverTeam } from '../permissions';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { helpReplies } from './help-flow';
import { formatInviteCode, liveInvite, revokeInvite } from './invite-guard';
import { joinReplies } from './onboarding-replies';

/** Invite codes stay valid this long. */
const INVITE_DAYS = 14;

const ROLE_WORDS: Record<string, Role> = {
  medlem: 'member',
  member: 'member',
  leder: 'lead',
  teamleder: 'lead',
  lead: 'lead',
  sponsor: 'sponsor',
};

/** `join CODE`: grants the invite's role in its team and says what the person can do now. */
async function join(ctx: FlowContext, code: string): Promise<Reply[]> {
  const wanted = code.trim().toUpperCase();
  if (!wanted) return joinReplies(ctx);
  const now = ctx.clock.now();
  const { invite, team } = await liveInvite(ctx, wanted);
  const already = ctx.memberships.some((m) => m.teamId === team.id && m.role === invite.role);
  if (!already) {
    await ctx.store.memberships.grant(
      { personId: ctx.person.id, role: invite.role, teamId: team.id },
      { personId: ctx.person.id, at: now },
    );
  }
  const memberships = await ctx.store.memberships.listForPerson(ctx.person.id);
  const headline = already
    ? ctx.t('onboarding.alreadyMember', { team: team.name })
    : ctx.t('onboarding.welcome', { team: team.name, role: ctx.t(`role.${invite.role}`) });
  return helpReplies({ ...ctx, memberships }, headline);
}

/** `invitér [medlem|leder|sponsor]`: a team lead, tovholder or admin creates an invite code. */
async function invite(ctx: FlowContext, roleWord: string, teamId?: string): Promise<Reply[]> {
  const { t } = ctx;
  const role = roleWord.trim() ? ROLE_WORDS[roleWord.trim().toLowerCase()] : 'member';
  if (!role) return [{ text: t('onboarding.inviteRoleUnknown', { role: roleWord.trim() }) }];
  const team = await resolveTeam(ctx, 'team.invite', teamId);
  // A lead may invite members and sponsors; only coordinators and admins appoint another lead.
  if (role === 'lead' && !rolesOverTeam(ctx.memberships, team).some((r) => r === 'tovholder' || r === 'admin')) {
    throw new DomainError('PERMISSION_DENIED', { reason: 'coordinatorOnly' });
  }
  const now = ctx.clock.now();
  const expiresAt = DateTime.fromJSDate(now).plus({ days: INVITE_DAYS }).toJSDate();
  const created = await ctx.store.invites.create(
    { teamId: team.id, role, expiresAt },
    { personId: ctx.person.id, at: now },
  );
  const until = DateTime.fromJSDate(created.expiresAt, { zone: ctx.person.timeZone }).toFormat('dd.LL.yyyy');
  const card = inviteCard({
    title: t('onboarding.inviteTitle', { team: team.name }),
    code: formatInviteCode(created.code),
    facts: [
      { title: t('onboarding.fact.role'), value: t(`role.${role}`) },
      { title: t('onboarding.fact.team'), value: `${team.name} (${team.department})` },
      { title: t('onboarding.fact.validUntil'), value: until },
    ],
    text: t('onboarding.inviteText', { code: formatInviteCode(created.code) }),
    buttons: [button(t('onboarding.button.anotherInvite'), 'invite.create', { teamId: team.id, role })],
  });
  return [{ card }];
}

const joinSchema = z.object({ code: z.string().max(32).default('') });
const inviteSchema = z.object({ teamId: z.string().min(1).max(64).optional(), role: z.string().max(20).default('') });

/** Joining with an invite code, and creating invite codes. */
export const onboardingFlow: Flow = {
  name: 'onboarding',
  commands: [
    {
      words: ['join', 'tilmeld', 'deltag'],
      help: {
        usage: 'onboarding.cmd.join',
        description: 'onboarding.cmd.join.text',
        roles: ['none', 'member', 'lead', 'sponsor', 'tovholder', 'expert', 'admin'],
      },
      handle: (ctx, args) => join(ctx, args.trim()),
    },
    {
      words: ['invitér tilbagekald', 'inviter tilbagekald', 'invite revoke'],
      help: {
        usage: 'invite.cmd.revoke',
        description: 'invite.cmd.revoke.text',
        roles: ['lead', 'tovholder', 'admin'],
      },
      handle: (ctx, args) => revokeInvite(ctx, args),
    },
    {
      words: ['invitér', 'inviter', 'invite'],
      help: {
        usage: 'onboarding.cmd.invite',
        description: 'onboarding.cmd.invite.text',
        roles: ['lead', 'tovholder', 'admin'],
      },
      handle: (ctx, args) => invite(ctx, args),
    },
  ],
  actions: {
    'onboarding.join': (ctx, data) => join(ctx, parseData(joinSchema, data).code),
    'invite.revoke': (ctx, data) => revokeInvite(ctx, parseData(joinSchema, data).code),
    'invite.create': (ctx, data) => {
      const { teamId, role } = parseData(inviteSchema, data);
      return invite(ctx, role, teamId);
    },
  },
};
