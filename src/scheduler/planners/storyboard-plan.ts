import { reminderCause, type NewReminder, type Seminar } from '../../domain';
import { allowedMorning, localDateOf, localMoment, nextAllowedMoment } from '../calendar';
import type { TimeRules } from '../time-rules';
import { addDays, isClosedDay } from '../working-days';
import { recipientKey, type Audience } from './audience';

/** Days before a seminar that team leads are asked for their learning. */
export const STORYBOARD_REQUEST_DAYS = 7;

/** The morning of the last working day before the seminar's day, in `zone`: when the tovholder gets the boards. */
export function collectionMoment(seminar: Seminar, zone: string, rules: TimeRules): Date {
  let day = addDays(localDateOf(seminar.startsAt, zone), -1);
  for (let i = 0; i < 10 && isClosedDay(day, rules); i++) day = addDays(day, -1);
  return localMoment(day, rules.morning, zone);
}

/**
 * A seminar's storyboard reminders: each team lead (`leads`, with their team) is asked a week before (the next
 * allowed morning; at once when the seminar is planned later than that, as long as it is before the collection),
 * and each tovholder gets all boards on the morning of the last working day before. Keys carry the start, so a
 * moved seminar asks again; nothing for a cancelled or past seminar.
 */
export function planStoryboardReminders(input: {
  seminar: Seminar;
  leads: Array<Audience & { teamId: string }>;
  tovholdere: Audience[];
  rules: TimeRules;
  now: Date;
}): NewReminder[] {
  const { seminar, rules, now } = input;
  if (seminar.cancelledAt || seminar.startsAt <= now) return [];
  const startsAt = seminar.startsAt.toISOString();
  const cause = reminderCause.storyboard(seminar.id);
  const out: NewReminder[] = [];
  for (const lead of input.leads) {
    const collection = collectionMoment(seminar, lead.zone, rules);
    const asked = allowedMorning(
      addDays(localDateOf(seminar.startsAt, lead.zone), -STORYBOARD_REQUEST_DAYS),
      lead.zone,
      rules,
    );
    const dueAt = asked > now ? asked : nextAllowedMoment(now, lead.zone, rules);
    if (dueAt >= collection) continue;
    out.push({
      kind: 'storyboard_request',
      dedupeKey: `storyboard-request:${seminar.id}:${startsAt}:${lead.teamId}:${recipientKey(lead.recipient)}`,
      causeKey: cause,
      recipient: lead.recipient,
      dueAt,
      payload: { seminarId: seminar.id, teamId: lead.teamId, startsAt },
    });
  }
  for (const tov of input.tovholdere) {
    const dueAt = collectionMoment(seminar, tov.zone, rules);
    if (dueAt <= now) continue;
    out.push({
      kind: 'storyboard_collection',
      dedupeKey: `storyboard-collection:${seminar.id}:${startsAt}:${recipientKey(tov.recipient)}`,
      causeKey: cause,
      recipient: tov.recipient,
      dueAt,
      payload: { seminarId: seminar.id, startsAt },
    });
  }
  return out;
}
