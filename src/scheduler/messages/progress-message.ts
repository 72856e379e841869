import { button } from '../../cards/button';
import { reminderCard } from '../../cards/builders/reminder-cards';
import { localDate, periodLabel } from '../../domain';
import { drop, type MessageBuilder } from './message-context';

/** The monthly question to a team lead for the team's IHI progress score; dropped once the month has a score. */
export const progressReminder: MessageBuilder<'progress_due'> = async (r, ctx) => {
  const { teamId, month } = r.payload;
  const team = await ctx.store.teams.get(teamId);
  if (!team) return drop('team not found');
  if ((await ctx.store.progress.listForTeam(teamId)).some((s) => s.month === month)) return drop('score already given');
  if (localDate(ctx.now, ctx.zone).slice(0, 7) > month) return drop('month is over');
  const { t } = ctx;
  const card = reminderCard({
    template: 'reminder-progress',
    title: t('reminder.progress.title', { team: team.name }),
    text: t('reminder.progress.text', { month: periodLabel(month, ctx.locale) }),
    facts: [],
    buttons: [button(t('reminder.progress.button'), 'progress.show', { teamId }, 'positive')],
  });
  return { message: { text: card.summary, card } };
};
