import { afterEach, describe, expect, it } from 'vitest';
import { reminderCause, type Recipient } from '../../src/domain';
import { PLATFORM_LIMITS } from '../../src/scheduler/platform-limits';
import { schedulerWorld, type World } from './support/scheduler-world';

let w: World;
afterEach(async () => w?.close());

/** A broadcast delivery row due now (broadcasts are always relevant, so delivery behaviour shows plainly). */
async function due(w: World, recipient: Recipient, n = 1) {
  const b = await w.store.broadcasts.create(
    { collaborativeId: w.collaborative.id, region: null, text: 'Husk data for uge 47' },
    w.actor(),
  );
  const rows = [];
  for (let i = 0; i < n; i++) {
    rows.push(
      (await w.store.reminders.schedule({
        kind: 'broadcast',
        dedupeKey: `test:${b.id}:${i}:${JSON.stringify(recipient)}`,
        causeKey: reminderCause.broadcast(b.id),
        recipient,
        dueAt: w.time.now(),
        payload: { broadcastId: b.id, target: 'test' },
      }))!,
    );
  }
  return rows;
}

const row = async (w: World, id: string) => (await w.store.reminders.list({})).find((r) => r.id === id)!;
const anne = (w: World): Recipient => ({ kind: 'person', personId: w.people.anne!.id });

describe('delivery', () => {
  it('marks a reminder delivered only after the platform accepted it', async () => {
    w = await schedulerWorld();
    const [r] = await due(w, anne(w));
    let seenStatus = '';
    w.platform.script = () => {
      void w.store.reminders.list({}).then((rows) => (seenStatus = rows.find((x) => x.id === r!.id)!.status));
      return null;
    };
    expect(await w.tick()).toMatchObject({ delivered: 1, failed: 0 });
    expect(seenStatus).toBe('sending');
    expect(await row(w, r!.id)).toMatchObject({ status: 'delivered', deliveredAt: w.time.now() });
    expect(await w.tick()).toMatchObject({ delivered: 0 });
    expect(w.platform.deliveries).toHaveLength(1);
  });

  it('honours Retry-After on HTTP 429', async () => {
    w = await schedulerWorld();
    const [r] = await due(w, anne(w));
    let calls = 0;
    w.platform.script = () =>
      calls++ === 0 ? { ok: false, retryable: true, retryAfterMs: 120_000, reason: 'HTTP 429' } : null;
    const t0 = w.time.now().getTime();
    expect(await w.tick()).toMatchObject({ retried: 1, delivered: 0 });
    expect(await row(w, r!.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'HTTP 429',
      dueAt: new Date(t0 + 120_000),
    });
    w.time.set(new Date(t0 + 119_000));
    expect(await w.tick()).toMatchObject({ delivered: 0, retried: 0 });
    w.time.set(new Date(t0 + 120_000));
    expect(await w.tick()).toMatchObject({ delivered: 1 });
  });

  it('backs off exponentially on transient failures and fails with the reason after the last attempt', async () => {
    w = await schedulerWorld();
    const [r] = await due(w, anne(w));
    w.platform.script = () => ({ ok: false, retryable: true, reason: 'HTTP 503' });
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      const before = w.time.now().getTime();
      await w.tick();
      const now = await row(w, r!.id);
      if (now.status !== 'pending') break;
      delays.push(now.dueAt.getTime() - before);
      w.time.set(now.dueAt);
    }
    expect(delays).toHaveLength(5);
    delays.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(0.8 * 30_000 * 2 ** i);
      expect(d).toBeLessThanOrEqual(1.2 * 30_000 * 2 ** i);
    });
    expect(await row(w, r!.id)).toMatchObject({ status: 'failed', lastError: 'HTTP 503 (after 6 attempts)' });
  });

  it('marks the conversation dead when the bot was removed, and fails later reminders to it without sending', async () => {
    w = await schedulerWorld();
    const channel: Recipient = { kind: 'conversation', conversationId: w.refs.channelB!.id };
    const [first] = await due(w, channel);
    w.platform.script = () => ({ ok: false, retryable: false, gone: true, reason: 'HTTP 403 bot removed' });
    expect(await w.tick()).toMatchObject({ failed: 1 });
    expect(await row(w, first!.id)).toMatchObject({ status: 'failed', lastError: 'GONE: HTTP 403 bot removed' });
    expect((await w.store.conversationRefs.get(w.refs.channelB!.id))!.deadAt).not.toBeNull();
    const [second] = await due(w, channel);
    const rejectedBefore = w.platform.rejected.length;
    expect(await w.tick()).toMatchObject({ failed: 1 });
    expect(w.platform.rejected).toHaveLength(rejectedBefore);
    expect((await row(w, second!.id)).lastError).toMatch(/^GONE/);
  });

  it('fails a refused payload without retrying and keeps the conversation', async () => {
    w = await schedulerWorld();
    const [r] = await due(w, anne(w));
    w.platform.script = () => ({ ok: false, retryable: false, gone: false, reason: 'HTTP 413 MessageSizeTooBig' });
    expect(await w.tick()).toMatchObject({ failed: 1 });
    expect(await row(w, r!.id)).toMatchObject({
      status: 'failed',
      attempts: 0,
      lastError: 'HTTP 413 MessageSizeTooBig',
    });
    expect((await w.store.conversationRefs.get(w.refs.anne!.id))!.deadAt).toBeNull();
  });

  it('retries when the notifier throws, and the tick still returns a result', async () => {
    w = await schedulerWorld();
    const [r] = await due(w, anne(w));
    w.platform.script = () => {
      throw new Error('socket hang up');
    };
    expect(await w.tick()).toMatchObject({ retried: 1, errors: [] });
    expect(await row(w, r!.id)).toMatchObject({ status: 'pending', lastError: 'ERROR: socket hang up' });
  });

  it('paces each conversation without holding up the others (no 429 from a 1 msg/s platform)', async () => {
    w = await schedulerWorld({
      limits: { perConversationPerSec: 1, overallPerSec: 50 },
      scheduler: {
        limits: {
          ...PLATFORM_LIMITS,
          local: { perConversation: { ratePerSec: 1, burst: 1 }, overall: { ratePerSec: 50, burst: 1 } },
        },
      },
    });
    await due(w, anne(w), 20);
    await due(w, { kind: 'conversation', conversationId: w.refs.channelB!.id }, 20);
    const t0 = w.time.now().getTime();
    expect(await w.tick()).toMatchObject({ delivered: 40, retried: 0 });
    expect(w.platform.rejected).toEqual([]);
    const last = Math.max(...w.platform.deliveries.map((d) => d.at)) - t0;
    // Two conversations in parallel at one message per second each; the overall 50/s spaces them 20 ms apart.
    expect(last).toBe(19_020);
  });

  it('leaves rows it cannot send before its lease ends to a later tick, and still sends each once', async () => {
    w = await schedulerWorld({
      limits: { perConversationPerSec: 1 },
      scheduler: {
        leaseMs: 60_000,
        leaseSafetyMs: 30_000,
        limits: {
          ...PLATFORM_LIMITS,
          local: { perConversation: { ratePerSec: 1, burst: 1 }, overall: { ratePerSec: 50, burst: 1 } },
        },
      },
    });
    const rows = await due(w, anne(w), 45);
    const first = await w.tick();
    // One message a second to one chat: 31 fit before the last 30 s of the 60 s lease; the rest wait for it to end.
    expect(first).toMatchObject({ delivered: 31, deferred: 14 });
    expect(await w.tick()).toMatchObject({ delivered: 0 }); // still leased
    w.time.advance(60_000);
    expect(await w.tick()).toMatchObject({ delivered: 14, deferred: 0 });
    expect(new Set(w.platform.deliveries.map((d) => d.at)).size).toBe(45);
    expect(w.platform.rejected).toEqual([]);
    const statuses = await Promise.all(rows.map((r) => row(w, r.id).then((x) => x.status)));
    expect(new Set(statuses)).toEqual(new Set(['delivered']));
  });
});
