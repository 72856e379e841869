import { isReminderOf, reminderCause, type NewReminder, type Reminder, type Seminar } from '../../domain';
import { teamChannelsOrPeople, teamsInScope, personAudience } from '../audiences';
import { nextAllowedMoment } from '../calendar';
import { recipientKey, type Audience } from '../planners/audience';
import { planSeminarReminders, SEMINAR_CHANGED_DROP, seminarRevision } from '../planners/seminar-plan';
import { DEFAULT_TIME_ZONE } from '../../domain';
import type { SweepContext } from './sweep-context';

/** Roles invited to seminars when a team has no linked channel. */
const SEMINAR_ROLES = ['member', 'lead'] as const;

/** The addressees of a seminar: every team of its collaborative (or region), by channel or personally. */
export async function seminarAudience(ctx: SweepContext, seminar: Seminar): Promise<Audience[]> {
  const teams = await teamsInScope(ctx.store, seminar.collaborativeId, seminar.region);
  const lists = await Promise.all(
    teams.map((t) => teamChannelsOrPeople(ctx.store, ctx.people, t.id, [...SEMINAR_ROLES])),
  );
  const seen = new Map<string, Audience>();
  for (const a of lists.flat()) seen.set(recipientKey(a.recipient), a);
  return [...seen.values()];
}

/**
 * Brings a seminar's reminder rows in line with the seminar: plans the current revision's reminders (idempotent),
 * cancels pending ones when the seminar is cancelled, and tells everyone whose last word about the seminar is out
 * of date about the change or the cancellation. Stale rows left pending by a change are dropped at send time.
 */
export async function syncSeminar(ctx: SweepContext, seminar: Seminar): Promise<number> {
  const cause = reminderCause.seminar(seminar.id);
  const rows = await ctx.store.reminders.listByCause(cause);
  const told = [...rows, ...(await ctx.store.reminders.listByCause(reminderCause.seminarNotice(seminar.id)))]
    .filter((r) => isReminderOf(r, 'seminar', 'seminar_changed'))
    .filter((r) => r.status === 'delivered');
  if (seminar.cancelledAt) {
    if (rows.some((r) => r.status === 'pending')) await ctx.store.reminders.cancelByCause(cause);
    return ctx.schedule(await notices(ctx, seminar, lastWordTo(told), 'cancelled'));
  }
  if (seminar.startsAt <= ctx.now) return 0;
  const revision = seminarRevision(seminar);
  const outdated = lastWordTo(told).filter((r) => r.payload.revision !== revision);
  const changed = await notices(ctx, seminar, outdated, revision);
  const toldKeys = new Set(changed.map((n) => recipientKey(n.recipient)));
  const planned = planSeminarReminders({
    seminar,
    audience: await seminarAudience(ctx, seminar),
    rules: ctx.rules,
    now: ctx.now,
  })
    // The change notice carries the new details and the RSVP buttons; no separate invitation at the same time.
    .filter((r) => !(r.payload.invitation && toldKeys.has(recipientKey(r.recipient))));
  return (await ctx.schedule(changed)) + (await ctx.schedule(afterWithdrawn(planned, rows)));
}

/** Per recipient, the last reminder or notice about the seminar that reached them. */
function lastWordTo<R extends Reminder>(delivered: R[]): R[] {
  const last = new Map<string, R>();
  for (const r of delivered) {
    const key = recipientKey(r.recipient);
    const seen = last.get(key);
    if (!seen || (r.deliveredAt?.getTime() ?? 0) >= (seen.deliveredAt?.getTime() ?? 0)) last.set(key, r);
  }
  return [...last.values()];
}

/**
 * A seminar changed and then changed back plans the same reminders (same revision, same keys) as rows that were
 * withdrawn meanwhile (cancelled by the edit, or dropped at send time as out of date). Such a key gets a suffix
 * naming the withdrawn row, so the reminder is planned again; a row that was sent, failed or was superseded keeps
 * its key and is not repeated. Deterministic, so repeated sweeps stay idempotent.
 */
function afterWithdrawn<R extends NewReminder>(planned: R[], existing: Reminder[]): R[] {
  const byKey = new Map(existing.map((r) => [r.dedupeKey, r]));
  const withdrawn = (r: Reminder | undefined): r is Reminder =>
    r?.status === 'cancelled' || (r?.status === 'dropped' && r.lastError === SEMINAR_CHANGED_DROP);
  return planned.map((p) => {
    let key = p.dedupeKey;
    for (let r = byKey.get(key); withdrawn(r); r = byKey.get(key)) key = `${p.dedupeKey}:after-${r.id}`;
    return key === p.dedupeKey ? p : { ...p, dedupeKey: key };
  });
}

/** A change (or cancellation) notice to each recipient of `lastWords`, keyed by that last word: sent once per change. */
async function notices(
  ctx: SweepContext,
  seminar: Seminar,
  lastWords: Reminder[],
  change: string,
): Promise<NewReminder[]> {
  const cause = reminderCause.seminarNotice(seminar.id);
  const out: NewReminder[] = [];
  for (const last of lastWords) {
    const { recipient } = last;
    const zone =
      recipient.kind === 'person'
        ? ((await personAudience(ctx.people, recipient.personId))?.zone ?? DEFAULT_TIME_ZONE)
        : DEFAULT_TIME_ZONE;
    const dueAt = nextAllowedMoment(ctx.now, zone, ctx.rules);
    if (dueAt >= seminar.startsAt) continue;
    const key = recipientKey(recipient);
    out.push({
      kind: 'seminar_changed',
      dedupeKey: change === 'cancelled' ? `${cause}:cancelled:${key}` : `${cause}:${change}:after-${last.id}:${key}`,
      causeKey: cause,
      recipient,
      dueAt,
      payload: {
        seminarId: seminar.id,
        change: change === 'cancelled' ? 'cancelled' : 'changed',
        revision: seminarRevision(seminar),
      },
    });
  }
  return out;
}

/** Syncs every upcoming seminar whose state changed since it was last synced here (or over an hour ago). */
export async function sweepSeminars(
  ctx: SweepContext,
  synced: Map<string, { state: string; at: number }>,
  resyncMs: number,
): Promise<number> {
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
