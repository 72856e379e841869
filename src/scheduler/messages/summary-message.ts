import { buildSponsorSummary } from '../../reporting/build-sponsor-summary';
import { drop, tooLate, type MessageBuilder } from './message-context';

/** A summary more than this late is skipped after downtime (next week's follows). */
const MAX_LATENESS_MS = 2 * 86_400_000;

/** The weekly summary, if the subscription still asks for it (not paused, same day and time, still sponsor). */
export const sponsorSummary: MessageBuilder<'sponsor_summary'> = async (r, ctx) => {
  if (r.recipient.kind !== 'person') return drop('summary needs a person');
  const personId = r.recipient.personId;
  const { teamId, weekday, time } = r.payload;
  const [subs, memberships] = await Promise.all([
    ctx.store.subscriptions.listForPerson(personId),
    ctx.store.memberships.listForPerson(personId),
  ]);
  const sub = subs.find((s) => s.teamId === teamId);
  if (!sub || sub.paused) return drop('subscription paused or removed');
  if (sub.weekday !== weekday || sub.time !== time) return drop('subscription changed day or time');
  if (!memberships.some((m) => m.role === 'sponsor' && m.teamId === teamId))
    return drop('no longer sponsor of the team');
  if (tooLate(r, ctx.now, MAX_LATENESS_MS)) return drop('too late after downtime');
  const message = await buildSponsorSummary({ ...ctx, teamId, weekday, time });
  return message ? { message } : drop('team not found');
};
