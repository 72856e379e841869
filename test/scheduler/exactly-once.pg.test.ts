import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderCause, type ConversationRef, type Store } from '../../src/domain';
import { loadConfig } from '../../src/config';
import { createScheduler } from '../../src/scheduler/create-scheduler';
import { PLATFORM_LIMITS } from '../../src/scheduler/platform-limits';
import { freshStore, sameSchemaStore } from '../support/stores';
import { FakePlatform } from './support/fake-platform';
import { ManualTicker } from './support/scheduler-world';
import { SimulatedTime } from './support/simulated-time';

// Two scheduler instances, each with its own store (own connection pool) on ONE PostgreSQL schema, and one fake
// channel that records every delivery: 2,000 reminders due at once must each arrive exactly once.
const CONVERSATIONS = 500;
const ROUNDS = 4;

describe('two instances on one PostgreSQL database', () => {
  const time = new SimulatedTime('2026-11-18T09:00:00Z');
  let one: Store;
  let two: Store;

  beforeAll(async () => {
    one = await freshStore('postgres', { clock: time });
    two = await sameSchemaStore(one, { clock: time });
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  it('delivers 2,000 reminders due at once exactly once', async () => {
    const actor = { personId: null, at: time.now() };
    const c = await one.collaboratives.create(
      { name: 'LKT Hofte', clinicalArea: 'Ortopædi', startDate: '2026-01-05' },
      actor,
    );
    // Seeded in parallel chunks over the pool (a single transaction would serialise 2,500 inserts).
    const refs: ConversationRef[] = [];
    for (let i = 0; i < CONVERSATIONS; i += 50) {
      const chunk = Array.from({ length: Math.min(50, CONVERSATIONS - i) }, (_, j) =>
        one.conversationRefs.upsert(
          {
            platform: 'local',
            tenantId: 'local',
            conversationId: `ch-${i + j}`,
            kind: 'channel',
            personId: null,
            teamId: null,
            reference: {},
          },
          time.now(),
        ),
      );
      refs.push(...(await Promise.all(chunk)));
    }
    for (let round = 0; round < ROUNDS; round++) {
      const b = await one.broadcasts.create({ collaborativeId: c.id, region: null, text: `Runde ${round}` }, actor);
      for (let i = 0; i < refs.length; i += 50) {
        await Promise.all(
          refs.slice(i, i + 50).map((ref) =>
            one.reminders.schedule({
              kind: 'broadcast',
              dedupeKey: `bc:${b.id}:${ref.id}`,
              causeKey: reminderCause.broadcast(b.id),
              recipient: { kind: 'conversation', conversationId: ref.id },
              dueAt: time.now(),
              payload: { broadcastId: b.id, target: ref.conversationId },
            }),
          ),
        );
      }
    }

    const platform = new FakePlatform(time);
    const make = (store: Store, instanceId: string) =>
      createScheduler({
        store,
        clock: time,
        notifiers: [platform],
        logger: pino({ level: 'silent' }),
        config: loadConfig({}),
        instanceId,
        sleep: time.sleep,
        ticker: new ManualTicker(),
        options: {
          batchSize: 100,
          limits: {
            ...PLATFORM_LIMITS,
            local: { perConversation: { ratePerSec: 100, burst: 10 }, overall: { ratePerSec: 5000, burst: 100 } },
          },
        },
      });
    const [a, b] = await time.drive(Promise.all([make(one, 'instance-a').tick(), make(two, 'instance-b').tick()]));

    const total = CONVERSATIONS * ROUNDS;
    const keys = platform.deliveries.map((d) => `${d.refId}|${d.message.text}`);
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
    expect(a.delivered + b.delivered).toBe(total);
    expect(a.delivered).toBeGreaterThan(0);
    expect(b.delivered).toBeGreaterThan(0);
    expect(await one.reminders.list({ status: 'delivered' })).toHaveLength(total);
    expect(await two.reminders.list({ status: 'pending' })).toEqual([]);
  }, 120_000);
});
