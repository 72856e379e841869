import { button, type Button } from '../../cards/button';
import { seminarListCard } from '../../cards/builders/seminar-cards';
import { seminarDetails } from '../../cards/builders/seminar-details';
import type { Seminar } from '../../domain';
import type { FlowContext } from '../flow';
import { checkCollaborativePermission } from '../permissions';
import type { Reply } from '../turn';
import { manageableScopes } from './coordinator-scopes';
import { formatSeminarWhen } from './seminar-when';

/** True while a seminar is neither cancelled nor started. */
export const upcoming = (ctx: FlowContext, s: Seminar) => !s.cancelledAt && s.startsAt > ctx.clock.now();
/** True when the person may edit, cancel and see answers of this seminar. */
export const canManage = (ctx: FlowContext, s: Seminar) =>
  checkCollaborativePermission(ctx.memberships, 'collaborative.manage', s.collaborativeId, s.region).allowed;

/** True when the seminar is for the person: they coordinate it, or one of their teams is in its audience. */
export async function isInvited(ctx: FlowContext, s: Seminar): Promise<boolean> {
  if (canManage(ctx, s)) return true;
  for (const m of ctx.memberships.filter((x) => x.teamId)) {
    const team = await ctx.store.teams.get(m.teamId!);
    if (team && team.collaborativeId === s.collaborativeId && (s.region === null || team.region === s.region))
      return true;
  }
  return false;
}

/** Upcoming seminars the person coordinates, or (for team members) those their teams are invited to. */
export const visibleSeminars = (ctx: FlowContext): Promise<Seminar[]> => seminarsInView(ctx, (s) => upcoming(ctx, s));

/** Like visibleSeminars, also those held since `since` (not cancelled), oldest first. */
export const visibleSeminarsSince = (ctx: FlowContext, since: Date): Promise<Seminar[]> =>
  seminarsInView(ctx, (s) => !s.cancelledAt && s.startsAt >= since);

async function seminarsInView(ctx: FlowContext, keep: (s: Seminar) => boolean): Promise<Seminar[]> {
  const scopes = await manageableScopes(ctx);
  const collaboratives = new Set(scopes.map((s) => s.collaborativeId));
  const regions = new Map<string, Set<string>>();
  for (const m of ctx.memberships.filter((x) => x.teamId)) {
    const team = await ctx.store.teams.get(m.teamId!);
    if (!team) continue;
    collaboratives.add(team.collaborativeId);
    regions.set(team.collaborativeId, new Set([...(regions.get(team.collaborativeId) ?? []), team.region]));
  }
  const out: Seminar[] = [];
  for (const id of collaboratives) {
    for (const s of await ctx.store.seminars.listByCollaborative(id)) {
      if (!keep(s)) continue;
      if (canManage(ctx, s) || s.region === null || regions.get(id)?.has(s.region)) out.push(s);
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** The upcoming seminars card: tally/edit/cancel buttons for a tovholder, answer buttons for the invited. */
export async function list(ctx: FlowContext): Promise<Reply[]> {
  const { t } = ctx;
  const seminars = await visibleSeminars(ctx);
  const coordinator = (await manageableScopes(ctx)).length > 0;
  const items = seminars.map((s) => {
    const buttons: Button[] = canManage(ctx, s)
      ? [
          button(t('seminar.button.tally'), 'seminar.tally', { seminarId: s.id }),
          button(t('seminar.button.edit'), 'seminar.form', { seminarId: s.id }),
          button(t('seminar.button.material'), 'seminar.material', { seminarId: s.id }),
          button(t('seminar.button.cancel'), 'seminar.cancel', { seminarId: s.id }, 'destructive'),
        ]
      : [
          button(t('seminar.rsvp.yes'), 'seminar.rsvp', { seminarId: s.id, attending: true }, 'positive'),
          button(t('seminar.rsvp.no'), 'seminar.rsvp', { seminarId: s.id, attending: false }),
        ];
    const when = formatSeminarWhen(s, ctx);
    const calendarUrl = ctx.calendar?.seminarUrl(s, ctx.locale) ?? null;
    const details = seminarDetails({ seminar: s, when, zone: ctx.person.timeZone, t, calendarUrl, active: true });
    return { title: s.title, when, details, buttons };
  });
  const card = seminarListCard({
    title: t('seminar.list.title'),
    emptyText: t('seminar.list.empty'),
    seminars: items,
    buttons: [
      ...(coordinator ? [button(t('seminar.button.new'), 'seminar.form', {}, 'positive')] : []),
      button(t('summary.button.status'), 'status.show'),
    ],
  });
  return [{ card }];
}
