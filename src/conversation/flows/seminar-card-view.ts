import { z } from 'zod';
import { button } from '../../cards/button';
import { seminarRefresh, seminarReminderCard } from '../../cards/builders/seminar-cards';
import { seminarDetails } from '../../cards/builders/seminar-details';
import type { Seminar } from '../../domain';
import type { CardView, FlowContext, ViewAudience } from '../flow';
import { parseData } from '../parse-data';
import type { Reply } from '../turn';
import { isInvited, upcoming } from './seminar-list';
import { formatSeminarWhen } from './seminar-when';

const idSchema = z.object({ seminarId: z.string().min(1).max(64) });

/**
 * A seminar's RSVP card as the person looking at it should see it: their own answer, and the answer buttons while
 * they are invited and the seminar is upcoming. To anyone not invited it shows the details without buttons; the
 * shared version (`everyone`) shows no one's answer and the buttons.
 */
export async function seminarCardFor(ctx: FlowContext, s: Seminar, audience: ViewAudience = 'viewer'): Promise<Reply> {
  const { t } = ctx;
  // The shared message (`everyone`) shows no one's answer and the buttons; a press by someone not invited is refused.
  const open = upcoming(ctx, s) && (audience === 'everyone' || (await isInvited(ctx, s)));
  const mine =
    open && audience === 'viewer'
      ? (await ctx.store.seminars.rsvps(s.id)).find((r) => r.personId === ctx.person.id)
      : undefined;
  const when = formatSeminarWhen(s, ctx);
  const calendarUrl = ctx.calendar?.seminarUrl(s, ctx.locale) ?? null;
  const details = seminarDetails({ seminar: s, when, zone: ctx.person.timeZone, t, calendarUrl, active: open });
  const rsvpText = !open
    ? null
    : mine
      ? t(mine.attending ? 'seminar.rsvp.yoursYes' : 'seminar.rsvp.yoursNo')
      : t('reminder.seminar.rsvpText');
  const card = seminarReminderCard({
    headline: t('seminar.card.headline'),
    headlineColor: 'Accent',
    title: t('reminder.seminar.title', { title: s.title }),
    facts: details.facts,
    agenda: details.agenda,
    links: details.links,
    rsvpText,
    buttons: open
      ? [
          button(t('seminar.rsvp.yes'), 'seminar.rsvp', { seminarId: s.id, attending: true }, 'positive'),
          button(t('seminar.rsvp.no'), 'seminar.rsvp', { seminarId: s.id, attending: false }),
        ]
      : [],
    summary: `${t('reminder.seminar.title', { title: s.title })} · ${when}`,
  });
  return { card: { ...card, refresh: seminarRefresh(s.id) } };
}

/** The read-only view behind `seminar.card.refresh`. */
export const seminarCardView: CardView = async (ctx, data, audience) => {
  const { seminarId } = parseData(idSchema, data);
  const s = await ctx.store.seminars.get(seminarId);
  return s ? seminarCardFor(ctx, s, audience) : null;
};
