// Short leases with heartbeats: a live instance keeps the rows it is still sending, a dead instance's rows move on
// within one lease (60 s), and the marks are fenced on the claim, so a taken-over row is never recorded twice.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { reminderCause, type ConversationRef, type DeliveryResult, type Notifier, type Store } from '../../src/domain';
import { createScheduler } from '../../src/scheduler/create-scheduler';
import { ManualClock } from '../support/clock';
import { DIALECTS, storesOnOneDatabase } from '../support/stores';
import { ManualTicker } from './support/scheduler-world';

/** A notifier whose sends wait until released, counting what it was asked to send. */
function heldNotifier() {
  const sent: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const notifier: Notifier = {
    platform: 'local',
    async send(ref): Promise<DeliveryResult> {
      sent.push(ref.conversationId);
      await released;
      return { ok: true };
    },
  };
  return { notifier, sent, release };
}

describe.each(DIALECTS)('reminder leases on %s', (dialect) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  async function world() {
    const clock = new ManualClock('2026-11-26T09:00:00Z');
    const db = await storesOnOneDatabase(dialect, 2, { clock });
    close = db.close;
    const [one, two] = db.stores as [Store, Store];
    const ref: ConversationRef = await one.conversationRefs.upsert(
      {
        platform: 'local',
        tenantId: 'local',
        conversationId: 'c1',
        kind: 'channel',
        personId: null,
        teamId: null,
        reference: {},
      },
      clock.now(),
    );
    const actor = { personId: null, at: clock.now() };
    const c = await one.collaboratives.create(
      { name: 'LKT Hofte', clinicalArea: 'Ortopædi', startDate: '2026-01-05' },
      actor,
    );
    const b = await one.broadcasts.create({ collaborativeId: c.id, region: null, text: 'Husk seminaret' }, actor);
    await one.reminders.schedule({
      kind: 'broadcast',
      dedupeKey: 'd1',
      causeKey: reminderCause.broadcast(b.id),
      recipient: { kind: 'conversation', conversationId: ref.id },
      dueAt: clock.now(),
      payload: { broadcastId: b.id, target: ref.conversationId },
    });
    return { clock, one, two };
  }

  it('extends only live leases, and fences the marks on the claim', async () => {
    const { clock, one, two } = await world();
    const [claimed] = await one.reminders.claimDue(clock.now(), 5, 'a', 60_000);
    clock.advance(30_000);
    expect(await one.reminders.extendClaims('a', clock.now(), 60_000)).toEqual([claimed!.id]);
    clock.advance(50_000); // 80 s after the claim: past the first lease, inside the extended one
    expect(await two.reminders.claimDue(clock.now(), 5, 'b', 60_000)).toEqual([]);
    clock.advance(20_000); // the extended lease has ended: no heartbeat may revive it, another instance takes it
    expect(await one.reminders.extendClaims('a', clock.now(), 60_000)).toEqual([]);
    const [taken] = await two.reminders.claimDue(clock.now(), 5, 'b', 60_000);
    expect(taken?.claimId).not.toBe(claimed!.claimId);
    expect(await one.reminders.markDelivered(claimed!, clock.now())).toBe(false);
    expect(await two.reminders.markDelivered(taken!, clock.now())).toBe(true);
  });

  it("keeps a slow send claimed with heartbeats, and moves a dead instance's rows on within a minute", async () => {
    const { clock, one, two } = await world();
    const beats: Array<() => void> = [];
    const held = heldNotifier();
    const a = createScheduler({
      store: one,
      clock,
      notifiers: [held.notifier],
      logger: pino({ level: 'silent' }),
      config: loadConfig({}),
      instanceId: 'a',
      ticker: new ManualTicker(),
      every: (_ms, fn) => {
        beats.push(fn);
        return () => beats.splice(beats.indexOf(fn), 1);
      },
    });
    const tick = a.tick();
    for (let i = 0; i < 400 && held.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(held.sent).toHaveLength(1);
    // Alive: heartbeats keep the row through two minutes of sending.
    for (let i = 0; i < 8; i++) {
      clock.advance(15_000);
      for (const beat of beats) beat();
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(await two.reminders.claimDue(clock.now(), 5, 'b', 60_000)).toEqual([]);
    // Dead (no more heartbeats): within a minute the row is another instance's.
    clock.advance(61_000);
    const [taken] = await two.reminders.claimDue(clock.now(), 5, 'b', 60_000);
    expect(taken?.claimedBy).toBe('b');
    held.release();
    expect((await tick).delivered).toBe(1);
    // The late send could not overwrite the new claim.
    expect((await one.reminders.list({ status: 'sending' })).map((r) => r.claimedBy)).toEqual(['b']);
  });
});
