import type { NewReminder, Reminder, Seminar } from '../../domain';
import { teamChannelsOrPeople, teamsInScope, personAudience } from '../audiences';
import { nextAllowedMoment } from '../calendar';
import { recipientKey, type Audience } from '../planners/audience';
import { planSeminarReminders, seminarCause, seminarRevision } from '../planners/seminar-plan';
import { DEFAULT_TIME_ZONE } from '../../domain';
import type { SweepContext } from './sweep-context';

/** Roles invited to seminars when a team has no linked channel. */
const SEMINAR_ROLES = ['member', 'lead'] as const;

/** The addressees of a seminar: every team of its collaborative (or region), by channel or personally. */
export async function seminarAudience(ctx: SweepContext, seminar: Seminar): Promise<Audience[]> {
  const teams = await teamsInScope(ctx.store, seminar.collaborativeId, seminar.region);
  const lists = await Promise.all(teams.map((t) => teamChannelsOrPeople(ctx.store, ctx.people, t.id, [...SEMINAR_ROLES])));
  const seen = new Map<string, Audience>();
  for (const a of lists.flat()) seen.set(recipientKey(a.recipient), a);
  return [...seen.values()];
}

/**
 * Brings a seminar's reminder rows in line with the seminar: plans the current revision's reminders (idempotent),
 * cancels pending ones when the seminar is cancelled, and tells everyone already reminded about a change or a
 * cancellation (once per revision). Stale rows left pending by a change are dropped at send time.
 */
export async function syncSeminar(ctx: SweepContext, seminar: Seminar): Promise<number> {
  const cause = seminarCause(seminar.id);
  const rows = await ctx.store.reminders.listByCause(cause);
  const delivered = rows.filter((r) => r.status === 'delivered');
  if (seminar.cancelledAt) {
    if (rows.some((r) => r.status === 'pending')) await ctx.store.reminders.cancelByCause(cause);
    return ctx.schedule(await notices(ctx, seminar, delivered, 'cancelled'));
  }
  if (seminar.startsAt <= ctx.now) return 0;
  const revision = seminarRevision(seminar);
  const outdated = delivered.filter((r) => r.payload.revision !== revision);
  const told = await notices(ctx, seminar, outdated, revision);
  const toldKeys = new Set(told.map((n) => recipientKey(n.recipient)));
  const planned = planSeminarReminders({ seminar, audience: await seminarAudience(ctx, seminar), rules: ctx.rules, now: ctx.now })
    // The change notice carries the new details and the RSVP buttons; no separate invitation at the same time.
    .filter((r) => !(r.payload.invitation && toldKeys.has(recipientKey(r.recipient))));
  return (await ctx.schedule(told)) + (await ctx.schedule(planned));
}

async function notices(ctx: SweepContext, seminar: Seminar, reminded: Reminder[], change: string): Promise<NewReminder[]> {
  const byKey = new Map(reminded.map((r) => [recipientKey(r.recipient), r.recipient]));
  const out: NewReminder[] = [];
  for (const [key, recipient] of byKey) {
    const zone =
      recipient.kind === 'person' ? ((await personAudience(ctx.people, recipient.personId))?.zone ?? DEFAULT_TIME_ZONE) : DEFAULT_TIME_ZONE;
    const dueAt = nextAllowedMoment(ctx.now, zone, ctx.rules);
    if (dueAt >= seminar.startsAt) continue;
    out.push({
      kind: 'seminar_changed',
      dedupeKey: `seminar-notice:${seminar.id}:${change}:${key}`,
      causeKey: `seminar-notice:${seminar.id}`,
      recipient,
      dueAt,
      payload: { seminarId: seminar.id, change: change === 'cancelled' ? 'cancelled' : 'changed', revision: seminarRevision(seminar) },
    });
  }
  return out;
}

/** Syncs every upcoming seminar whose state changed since it was last synced here (or over an hour ago). */
export async function sweepSeminars(ctx: SweepContext, synced: Map<string, { state: string; at: number }>, resyncMs: number): Promise<number> {
  let n = 0;
  for (const c of await ctx.store.collaboratives.list()) {
    for (const s of await ctx.store.seminars.listByCollaborative(c.id)) {
      if (s.startsAt <= ctx.now) continue;
      const state = `${seminarRevision(s)}:${s.cancelledAt ? 'x' : ''}`;
      const last = synced.get(s.id);
      if (last && last.state === state && ctx.now.getTime() - last.at < resyncMs) continue;
      n += await syncSeminar(ctx, s);
      synced.set(s.id, { state, at: ctx.now.getTime() });
    }
  }
  return n;
}
