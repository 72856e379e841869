import { describe, expect, it } from 'vitest';
import { createTurnGate, gateConversation } from '../../src/conversation/turn-gate';
import { isDomainError } from '../../src/domain';
import type { Reply, Turn } from '../../src/conversation/turn';

/** A task that finishes when told to. */
function task() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { run: () => done.then(() => 'done'), finish };
}

const turn: Turn = {
  channel: 'teams',
  identity: { platform: 'teams', tenantId: 't', userId: 'u' },
  conversation: { id: 'c', kind: 'personal', tenantId: 't', reference: {} },
  text: 'status',
};

describe('the turn gate', () => {
  it('runs up to its concurrency, queues up to its queue, and refuses the rest as BUSY at once', async () => {
    const gate = createTurnGate({ concurrency: 2, queue: 1, queueWaitMs: 60_000 });
    const tasks = [task(), task(), task(), task()];
    const runs = tasks.map((t) =>
      gate.run(t.run).catch((err: unknown) => (isDomainError(err, 'BUSY') ? 'busy' : 'other')),
    );
    expect(gate.load()).toEqual({ running: 2, waiting: 1 });
    for (const t of tasks) t.finish();
    expect(await Promise.all(runs)).toEqual(['done', 'done', 'done', 'busy']);
  });

  it('refuses a turn that waited longer than queueWaitMs', async () => {
    const gate = createTurnGate({ concurrency: 1, queue: 5, queueWaitMs: 10 });
    const slow = task();
    const first = gate.run(slow.run);
    await expect(gate.run(async () => 'late')).rejects.toMatchObject({ code: 'BUSY' });
    slow.finish();
    expect(await first).toBe('done');
  });

  it('on close lets turns in flight finish, refuses new ones, and resolves when idle', async () => {
    const gate = createTurnGate({ concurrency: 2, queue: 2, queueWaitMs: 60_000 });
    const slow = task();
    const inFlight = gate.run(slow.run);
    let closed = false;
    const closing = gate.close(60_000).then(() => (closed = true));
    await expect(gate.run(async () => 'new')).rejects.toMatchObject({ code: 'BUSY' });
    await Promise.resolve();
    expect(closed).toBe(false);
    slow.finish();
    expect(await inFlight).toBe('done');
    await closing;
    expect(closed).toBe(true);
  });

  it('gives up waiting after the grace period when a turn hangs', async () => {
    const gate = createTurnGate({ concurrency: 1, queue: 1, queueWaitMs: 60_000 });
    void gate.run(() => new Promise(() => undefined));
    await gate.close(10);
    expect(gate.load().running).toBe(1);
  });

  it('answers a short "busy" reply in the turn language for chat platforms', async () => {
    const gate = createTurnGate({ concurrency: 1, queue: 0, queueWaitMs: 10 });
    const slow = task();
    const core = { handle: async (): Promise<Reply[]> => [{ text: await slow.run() }], view: async () => null };
    const gated = gateConversation(core, gate, 'reply');
    const first = gated.handle(turn);
    expect(await gated.handle(turn)).toEqual([
      { text: 'Der er travlt lige nu, så intet er gemt. Prøv igen om lidt.', error: { code: 'BUSY' } },
    ]);
    expect((await gated.handle({ ...turn, localeHint: 'en' }))[0]!.text).toMatch(/busy/);
    await expect(gateConversation(core, gate, 'throw').handle(turn)).rejects.toMatchObject({ code: 'BUSY' });
    slow.finish();
    expect(await first).toEqual([{ text: 'done' }]);
  });
});

describe('the turn gate under pressure', () => {
  it('refuses new turns as BUSY without running them while the load signal reports saturation', async () => {
    let saturated = true;
    const gate = createTurnGate({ concurrency: 4, queue: 4, queueWaitMs: 60_000 }, { saturated: () => saturated });
    let ran = 0;
    const work = async () => {
      ran++;
      return 'done';
    };
    await expect(gate.run(work)).rejects.toMatchObject({ code: 'BUSY', message: 'overloaded' });
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
    expect(
      await gateConversation({ handle: async () => [{ text: 'ran' }], view: async () => null }, gate, 'reply').handle(
        turn,
      ),
    ).toEqual([{ text: 'Der er travlt lige nu, så intet er gemt. Prøv igen om lidt.', error: { code: 'BUSY' } }]);
    expect(ran).toBe(0);
    saturated = false;
    expect(await gate.run(work)).toBe('done');
    expect(ran).toBe(1);
  });
});
