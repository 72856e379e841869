import { createHash } from 'node:crypto';
import { DEFAULT_SEMINAR_HOURS, reminderCause, type NewReminderOf, type Seminar } from '../../domain';
import { allowedMorning, isAllowedMoment, localDateOf, localMoment, nextAllowedMoment } from '../calendar';
import type { TimeRules } from '../time-rules';
import { addDays } from '../working-days';
import { recipientKey, type Audience } from './audience';

const DAY_MS = 86_400_000;

/** Why a reminder planned for an earlier revision of its seminar was not sent (it is planned again if the seminar changes back). */
export const SEMINAR_CHANGED_DROP = 'seminar changed after this reminder was planned';

/** A short hash of what recipients see of a seminar; a change gives new reminders and a "changed" notice. */
export function seminarRevision(s: Seminar): string {
  const seen: unknown[] = [
    s.title,
    s.startsAt.toISOString(),
    s.location,
    s.onlineUrl,
    s.agenda,
    s.region,
    [...s.reminderDaysBefore].sort(),
  ];
  // The end counts only when it is not the default length, so seminars stored before it existed keep their
  // revision (and their planned reminders). The material link is not a change worth a notice.
  if (s.endsAt.getTime() - s.startsAt.getTime() !== DEFAULT_SEMINAR_HOURS * 3_600_000)
    seen.push(s.endsAt.toISOString());
  return createHash('sha256').update(JSON.stringify(seen)).digest('hex').slice(0, 12);
}

/**
 * Seminar reminders for each addressee: `reminderDaysBefore` days before the start at the morning time (0 = the
 * morning of), moved to the next allowed moment — unless that would reach the day of a later reminder or the
 * start, then to the last allowed morning before it (so "2 days before" a Monday seminar is the Friday, not the
 * Monday). Offsets already past collapse into one reminder at the next allowed moment (the invitation), unless
 * another reminder follows within a day.
 */
export function planSeminarReminders(input: {
  seminar: Seminar;
  audience: Audience[];
  rules: TimeRules;
  now: Date;
}): NewReminderOf<'seminar'>[] {
  const { seminar, rules, now } = input;
  if (seminar.cancelledAt || seminar.startsAt <= now) return [];
  const revision = seminarRevision(seminar);
  const out: NewReminderOf<'seminar'>[] = [];
  for (const a of input.audience) {
    const planned: Array<{ offset: number; dueAt: Date; invitation?: boolean }> = [];
    const missed: number[] = [];
    for (const [offset, dueAt] of seminarMoments(seminar, a.zone, rules)) {
      if (dueAt > now) planned.unshift({ offset, dueAt });
      else missed.push(offset);
    }
    if (missed.length > 0) {
      const soon = nextAllowedMoment(now, a.zone, rules);
      const nextPlanned = planned[0]?.dueAt;
      const followsWithinDay = nextPlanned !== undefined && nextPlanned.getTime() - soon.getTime() < DAY_MS;
      if (soon < seminar.startsAt && !followsWithinDay)
        planned.unshift({ offset: Math.max(...missed), dueAt: soon, invitation: true });
    }
    for (const p of planned) {
      out.push({
        kind: 'seminar',
        dedupeKey: `seminar:${seminar.id}:${revision}:${p.offset}:${recipientKey(a.recipient)}`,
        causeKey: reminderCause.seminar(seminar.id),
        recipient: a.recipient,
        dueAt: p.dueAt,
        payload: {
          seminarId: seminar.id,
          revision,
          daysBefore: p.offset,
          ...(p.invitation ? { invitation: true } : {}),
        },
      });
    }
  }
  return out;
}

/** When each reminder offset of a seminar falls for a reader in `zone`, latest (smallest offset) first. */
export function seminarMoments(seminar: Seminar, zone: string, rules: TimeRules): Map<number, Date> {
  const startDate = localDateOf(seminar.startsAt, zone);
  const out = new Map<number, Date>();
  let limit = seminar.startsAt;
  for (const offset of [...new Set(seminar.reminderDaysBefore)].sort((a, b) => a - b)) {
    const dueAt = placeBefore(addDays(startDate, -offset), limit, zone, rules);
    if (!dueAt) continue;
    out.set(offset, dueAt);
    limit = localMoment(localDateOf(dueAt, zone), '00:00', zone);
  }
  return out;
}

// The morning of `date` moved forward to an allowed moment when that is before `limit`; otherwise the last
// allowed morning before `limit` within ten days; null when there is none.
function placeBefore(date: string, limit: Date, zone: string, rules: TimeRules): Date | null {
  const forward = allowedMorning(date, zone, rules);
  if (forward < limit) return forward;
  for (let back = 1; back <= 10; back++) {
    const earlier = localMoment(addDays(date, -back), rules.morning, zone);
    if (earlier < limit && isAllowedMoment(earlier, zone, rules)) return earlier;
  }
  return null;
}
