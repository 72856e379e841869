import { button } from '../../cards/button';
import { reminderCard } from '../../cards/builders/reminder-cards';
import { PDSA_PHASES, type PdsaPhase } from '../../domain';
import { PDSA_REMINDER_MAX_LATENESS_MS } from '../planners/pdsa-plan';
import { formatDate } from './format-when';
import { drop, tooLate, type MessageBuilder } from './message-context';

/** The phase after `phase` (Plan → Do → Study → Act → done). */
export function nextPhase(phase: PdsaPhase): PdsaPhase {
  return PDSA_PHASES[Math.min(PDSA_PHASES.indexOf(phase) + 1, PDSA_PHASES.length - 1)]!;
}

/** "Your phase is due": dropped when the cycle has moved on or the due date changed. */
export const pdsaReminder: MessageBuilder<'pdsa_due'> = async (r, ctx) => {
  const { cycleId, phase, dueDate } = r.payload;
  const cycle = await ctx.store.pdsa.get(cycleId);
  if (!cycle) return drop('cycle not found');
  if (cycle.phase !== phase) return drop('cycle has moved on');
  if (phase === 'done' || cycle.dueDates[phase] !== dueDate) return drop('due date changed');
  if (tooLate(r, ctx.now, PDSA_REMINDER_MAX_LATENESS_MS)) return drop('too late after downtime');
  const { t } = ctx;
  const phaseName = t(`reminder.pdsa.phase.${phase}`);
  const next = t(`reminder.pdsa.phase.${nextPhase(phase)}`);
  const date = formatDate(dueDate, ctx.locale);
  // Plan ends when the test starts: its reminder asks to start the test, not to "record" the Plan.
  const text =
    phase === 'plan'
      ? t('reminder.pdsa.text.plan', { date })
      : t('reminder.pdsa.text', { phase: phaseName, date, next });
  const card = reminderCard({
    template: 'reminder-pdsa',
    title: t('reminder.pdsa.title', { title: cycle.title }),
    text,
    facts: [
      { title: t('reminder.pdsa.cycle'), value: cycle.title },
      { title: t('reminder.pdsa.phaseLabel'), value: phaseName },
      { title: t('reminder.pdsa.due'), value: date },
    ],
    // `pdsa.open` (the PDSA flow) answers with the cycle's card: the form that closes this phase and opens the next.
    buttons: [
      button(
        phase === 'plan' ? t('reminder.pdsa.button.plan') : t('reminder.pdsa.button', { phase: phaseName }),
        'pdsa.open',
        { cycleId },
        'positive',
      ),
    ],
  });
  return { message: { text, card } };
};
