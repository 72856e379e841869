import { button } from '../../cards/button';
import { reminderCard } from '../../cards/builders/reminder-cards';
import { periodLabelAt } from '../../domain';
import { drop, tooLate, type MessageBuilder } from './message-context';

/** A data nudge older than this is not sent after downtime (the next period's nudge will come). */
const MAX_LATENESS_MS = 7 * 86_400_000;

/** "No value for this period": dropped as soon as the value has arrived; a button opens the measurement form. */
export const dataReminder: MessageBuilder<'data_due'> = async (r, ctx) => {
  const { measureId, teamId, periodKey } = r.payload;
  const [measure, team, value] = await Promise.all([
    ctx.store.measures.get(measureId),
    ctx.store.teams.get(teamId),
    ctx.store.measurements.get(measureId, teamId, periodKey),
  ]);
  if (!measure || !team) return drop('measure or team no longer exists');
  if (value) return drop('value recorded');
  if (tooLate(r, ctx.now, MAX_LATENESS_MS)) return drop('too late after downtime');
  const { t } = ctx;
  // Week 52 nudged in January reads "uge 52 2026".
  const period = periodLabelAt(periodKey, ctx.locale, ctx.now, ctx.zone);
  const params = { measure: measure.name, period, team: team.name };
  const text = t(r.payload.nudge === 2 ? 'reminder.data.second' : 'reminder.data.text', params);
  const card = reminderCard({
    template: 'reminder-data',
    title: t('reminder.data.title', { measure: `${measure.code} – ${measure.name}` }),
    text,
    facts: [
      { title: t('reminder.data.measure'), value: `${measure.code} – ${measure.name}` },
      { title: t('reminder.data.period'), value: period },
      { title: t('reminder.data.team'), value: team.name },
    ],
    // `measurement.form` belongs to the measurement flow; periodKey says which period is missing.
    buttons: [button(t('reminder.data.button'), 'measurement.form', { measureId, teamId, periodKey }, 'positive')],
  });
  return { message: { text, card } };
};
