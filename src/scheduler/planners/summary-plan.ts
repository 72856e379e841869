import { reminderCause, type NewReminderOf, type SponsorSubscription } from '../../domain';
import { nextSummaryDelivery } from '../../domain/time/summary-delivery';
import type { TimeRules } from '../time-rules';

/** The default subscription of a sponsor membership: Monday 08:00 local time. */
export function defaultSubscription(personId: string, teamId: string): SponsorSubscription {
  return { personId, teamId, weekday: 1, time: '08:00', paused: false };
}

/**
 * The next weekly summary of a subscription at or after `now`: this week's weekday at its time in the sponsor's
 * zone (moved past holidays), else next week's. The key holds the ISO week and the chosen day and time, so a
 * changed day plans a new row and the old one is dropped at send time.
 */
export function planSponsorSummary(input: {
  sub: SponsorSubscription;
  zone: string;
  rules: TimeRules;
  now: Date;
}): NewReminderOf<'sponsor_summary'> | null {
  const { sub, zone, rules, now } = input;
  if (sub.paused) return null;
  const next = nextSummaryDelivery(sub, zone, rules, now);
  if (!next) return null;
  const { day, dueAt } = next;
  const week = `${day.weekYear}-W${String(day.weekNumber).padStart(2, '0')}`;
  return {
    kind: 'sponsor_summary',
    dedupeKey: `summary:${sub.personId}:${sub.teamId}:${week}:${sub.weekday}@${sub.time}`,
    causeKey: reminderCause.summary(sub.personId, sub.teamId),
    recipient: { kind: 'person', personId: sub.personId },
    dueAt,
    payload: { teamId: sub.teamId, week, weekday: sub.weekday, time: sub.time },
  };
}
