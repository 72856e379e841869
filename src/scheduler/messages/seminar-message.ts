import { button } from '../../cards/button';
import { seminarRefresh, seminarReminderCard, type SeminarReminderView } from '../../cards/builders/seminar-cards';
import { seminarDetails } from '../../cards/builders/seminar-details';
import type { ReminderOf, Seminar } from '../../domain';
import { SEMINAR_CHANGED_DROP, seminarMoments, seminarRevision } from '../planners/seminar-plan';
import { daysUntil, formatWhen } from './format-when';
import { drop, type MessageBuilder, type MessageContext, type Prepared } from './message-context';

/** The card view of a seminar: details, agenda, links (meeting, material, calendar) and (unless cancelled) the RSVP buttons. */
export function seminarView(
  seminar: Seminar,
  ctx: MessageContext,
  headline: string,
  color: SeminarReminderView['headlineColor'],
  rsvp: boolean,
): SeminarReminderView {
  const { t } = ctx;
  const when = formatWhen(seminar.startsAt, ctx.zone, ctx.locale);
  const calendarUrl = ctx.calendar?.seminarUrl(seminar, ctx.locale) ?? null;
  const details = seminarDetails({ seminar, when, zone: ctx.zone, t, calendarUrl, active: rsvp });
  return {
    headline,
    headlineColor: color,
    title: t('reminder.seminar.title', { title: seminar.title }),
    facts: details.facts,
    agenda: details.agenda,
    links: details.links,
    rsvpText: rsvp ? t('reminder.seminar.rsvpText') : null,
    buttons: rsvp
      ? [
          button(t('seminar.rsvp.yes'), 'seminar.rsvp', { seminarId: seminar.id, attending: true }, 'positive'),
          button(t('seminar.rsvp.no'), 'seminar.rsvp', { seminarId: seminar.id, attending: false }),
        ]
      : [button(t('seminar.button.list'), 'seminar.list')],
    summary: t('reminder.seminar.text', { headline, title: seminar.title, when }),
  };
}

function headlineOf(r: ReminderOf<'seminar'>, seminar: Seminar, ctx: MessageContext): string {
  if (r.payload.invitation) return ctx.t('reminder.seminar.invitation');
  const days = daysUntil(ctx.now, seminar.startsAt, ctx.zone);
  if (days <= 0) return ctx.t('reminder.seminar.today');
  if (days === 1) return ctx.t('reminder.seminar.tomorrow');
  return ctx.t('reminder.seminar.inDays', { days });
}

/** The card; with answer buttons it depends on who looks (their own answer), so it carries the seminar's refresh. */
function message(view: SeminarReminderView, seminarId: string, text = view.summary): Prepared {
  const card = seminarReminderCard(view);
  return { message: { text, card: view.rsvpText === null ? card : { ...card, refresh: seminarRefresh(seminarId) } } };
}

/** A seminar reminder; dropped when the seminar was cancelled, changed since it was planned, or has started. */
export const seminarReminder: MessageBuilder<'seminar'> = async (r, ctx) => {
  const seminar = await ctx.store.seminars.get(r.payload.seminarId);
  if (!seminar) return drop('seminar not found');
  if (seminar.cancelledAt) return drop('seminar cancelled');
  if (seminar.startsAt <= ctx.now) return drop('seminar already started');
  if (r.payload.revision !== seminarRevision(seminar)) return drop(SEMINAR_CHANGED_DROP);
  // Catch-up after downtime: an older reminder whose later one is also due already is not sent.
  const days = r.payload.daysBefore;
  for (const [offset, at] of seminarMoments(seminar, ctx.zone, ctx.rules)) {
    if (offset < days && at <= ctx.now) return drop(`superseded by the ${offset}-day reminder`);
  }
  return message(seminarView(seminar, ctx, headlineOf(r, seminar, ctx), 'Accent', true), seminar.id);
};

/** Tells someone already reminded that the seminar changed (new details, RSVP again) or was cancelled. */
export const seminarChangedNotice: MessageBuilder<'seminar_changed'> = async (r, ctx) => {
  const seminar = await ctx.store.seminars.get(r.payload.seminarId);
  if (!seminar) return drop('seminar not found');
  if (seminar.startsAt <= ctx.now) return drop('seminar already started');
  if (r.payload.change === 'cancelled') {
    const when = formatWhen(seminar.startsAt, ctx.zone, ctx.locale);
    return message(
      seminarView(seminar, ctx, ctx.t('reminder.seminar.cancelled'), 'Attention', false),
      seminar.id,
      ctx.t('reminder.seminar.cancelledText', { title: seminar.title, when }),
    );
  }
  if (seminar.cancelledAt) return drop('seminar cancelled after the change');
  if (r.payload.revision !== seminarRevision(seminar)) return drop('seminar changed again; a newer notice follows');
  return message(seminarView(seminar, ctx, ctx.t('reminder.seminar.changed'), 'Warning', true), seminar.id);
};
