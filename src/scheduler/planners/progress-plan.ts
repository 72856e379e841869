import { reminderCause, type NewReminderOf } from '../../domain';
import { allowedMorning } from '../calendar';
import type { TimeRules } from '../time-rules';
import { recipientKey, type Audience } from './audience';

/** Day of the month the team lead is asked for the month's IHI progress score (moved to the next working morning). */
export const PROGRESS_ASK_DAY = 25;

/** The month's question to the team's leads: "where does the team stand on the IHI scale?" (`month` is `YYYY-MM`). */
export function planProgressReminders(input: {
  teamId: string;
  month: string;
  leads: Audience[];
  rules: TimeRules;
}): NewReminderOf<'progress_due'>[] {
  const { teamId, month, rules } = input;
  return input.leads.map((a) => ({
    kind: 'progress_due' as const,
    dedupeKey: `progress:${teamId}:${month}:${recipientKey(a.recipient)}`,
    causeKey: reminderCause.progress(teamId),
    recipient: a.recipient,
    dueAt: allowedMorning(`${month}-${String(PROGRESS_ASK_DAY).padStart(2, '0')}`, a.zone, rules),
    payload: { teamId, month },
  }));
}
