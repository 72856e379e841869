import { submitButton } from '../../cards/button';
import { storyboardLearningCard } from '../../cards/builders/storyboard-cards';
import type { Seminar } from '../../domain';
import { storyboardCollection } from '../../reporting/storyboard/storyboard-collection';
import { formatWhen } from './format-when';
import { drop, type MessageBuilder, type MessageContext, type Prepared } from './message-context';

async function liveSeminar(ctx: MessageContext, seminarId: string, startsAt: string): Promise<Seminar | Prepared> {
  const seminar = await ctx.store.seminars.get(seminarId);
  if (!seminar) return drop('seminar not found');
  if (seminar.cancelledAt) return drop('seminar cancelled');
  if (seminar.startsAt <= ctx.now) return drop('seminar already started');
  if (seminar.startsAt.toISOString() !== startsAt) return drop('seminar moved; a new storyboard reminder is planned');
  return seminar;
}

/** A week before: asks the team lead for a few lines of learning (a form); dropped when it is already written. */
export const storyboardRequest: MessageBuilder<'storyboard_request'> = async (r, ctx) => {
  const seminar = await liveSeminar(ctx, r.payload.seminarId, r.payload.startsAt);
  if (!('id' in seminar)) return seminar;
  const team = await ctx.store.teams.get(r.payload.teamId);
  if (!team) return drop('team not found');
  if ((await ctx.store.storyboards.notes(seminar.id)).some((n) => n.teamId === team.id))
    return drop('learning already written');
  const { t } = ctx;
  const card = storyboardLearningCard({
    title: t('storyboard.ask.title', { title: seminar.title }),
    text: t('storyboard.ask.text', { team: team.name, when: formatWhen(seminar.startsAt, ctx.zone, ctx.locale) }),
    label: t('storyboard.ask.label'),
    value: '',
    required: t('seminar.form.required'),
    buttons: [
      submitButton(t('storyboard.ask.submit'), 'storyboard.learning', {
        seminarId: seminar.id,
        teamId: team.id,
        nonce: `storyboard-${r.id}`,
      }),
    ],
  });
  return { message: { text: card.summary, card } };
};

/** The day before: every invited team's storyboard in one message to the tovholder. */
export const storyboardCollectionMessage: MessageBuilder<'storyboard_collection'> = async (r, ctx) => {
  const seminar = await liveSeminar(ctx, r.payload.seminarId, r.payload.startsAt);
  if (!('id' in seminar)) return seminar;
  if (!ctx.storyboards) return drop('storyboards are not configured');
  const card = await storyboardCollection({
    store: ctx.store,
    seminar,
    links: ctx.storyboards,
    t: ctx.t,
    locale: ctx.locale,
  });
  return { message: { text: card.summary, card } };
};
