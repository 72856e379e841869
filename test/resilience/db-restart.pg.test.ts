// PostgreSQL only (FORBEDRINGSBOT_FULL=1): a throwaway cluster (its own port and temp dir) is stopped and started
// under a running app and scheduler. Turns during the outage answer "try again" at once; afterwards everything
// recovers by itself, no acknowledged write is lost and no reminder is sent twice.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { reminderCause, type ConversationRef, type Store } from '../../src/domain';
import { createScheduler } from '../../src/scheduler/create-scheduler';
import { PLATFORM_LIMITS } from '../../src/scheduler/platform-limits';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { isStored, startFaultApp, type FaultApp } from '../support/fault-app';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { FakePlatform } from '../scheduler/support/fake-platform';
import { ManualTicker } from '../scheduler/support/scheduler-world';

const UNAVAILABLE = 'Jeg kan ikke nå min database lige nu';

describe('a PostgreSQL restart under a running app', () => {
  let cluster: PgCluster;
  let store: Store;
  let f: FaultApp;
  const clock = new ManualClock('2026-11-26T09:00:00Z');

  beforeAll(async () => {
    cluster = await startPgCluster();
    store = await createStore({ databaseUrl: cluster.url, clock });
    f = await startFaultApp({ store, clock, teams: 2 });
  });
  afterAll(async () => {
    await f?.close();
    await store?.close();
    cluster?.destroy();
  });

  it('refuses turns during the restart, recovers within seconds, and keeps every acknowledged write', async () => {
    const stored: number[] = [];
    for (let w = 0; w < 3; w++)
      if (isStored(await f.turn(f.users[0]!, `måling OP24 12/22 ${f.weeks[w]}`))) stored.push(w);
    expect(stored).toEqual([0, 1, 2]);
    cluster.stop();
    const during = await f.turn(f.users[0]!, `måling OP24 12/22 ${f.weeks[3]}`);
    expect(during.status).toBe(200);
    expect(during.body.replies?.[0]?.text).toContain(UNAVAILABLE);
    expect(during.ms).toBeLessThan(3_000);
    expect((await f.get('/readyz')).status).toBe(503);
    cluster.start();
    const up = performance.now();
    let w = 4;
    while (!isStored(await f.turn(f.users[0]!, `måling OP24 12/22 ${f.weeks[w]}`))) {
      expect(performance.now() - up).toBeLessThan(10_000);
      w++;
    }
    stored.push(w);
    const periods = (await store.measurements.listForTeam(f.teamIds[0]!)).map((m) => m.periodKey);
    for (const s of stored) expect(periods).toContain(f.weeks[s]);
    expect(periods).not.toContain(f.weeks[3]);
  });

  it('logs failed scheduler ticks during the outage, carries on, and sends every reminder exactly once', async () => {
    const platform = new FakePlatform(clock);
    const scheduler = createScheduler({
      store,
      clock,
      notifiers: [platform],
      logger: pino({ level: 'silent' }),
      config: loadConfig({}),
      instanceId: 'restart-test',
      ticker: new ManualTicker(),
      options: {
        limits: {
          ...PLATFORM_LIMITS,
          local: { perConversation: { ratePerSec: 100, burst: 10 }, overall: { ratePerSec: 5000, burst: 100 } },
        },
      },
    });
    const refs: ConversationRef[] = [];
    for (let i = 0; i < 20; i++) {
      refs.push(
        await store.conversationRefs.upsert(
          {
            platform: 'local',
            tenantId: 'local',
            conversationId: `restart-${i}`,
            kind: 'channel',
            personId: null,
            teamId: null,
            reference: {},
          },
          clock.now(),
        ),
      );
    }
    const c = (await store.collaboratives.list())[0]!;
    const b = await store.broadcasts.create(
      { collaborativeId: c.id, region: null, text: 'Efter genstart' },
      { personId: null, at: clock.now() },
    );
    const schedule = (ref: ConversationRef) =>
      store.reminders.schedule({
        kind: 'broadcast',
        dedupeKey: `bc:${b.id}:${ref.id}`,
        causeKey: reminderCause.broadcast(b.id),
        recipient: { kind: 'conversation', conversationId: ref.id },
        dueAt: clock.now(),
        payload: { broadcastId: b.id, target: ref.conversationId },
      });
    // Only the broadcast is counted: the ticks also plan the fault app's own reminders (data due and the like).
    const broadcasts = () => platform.deliveries.filter((d) => d.message.card?.template === 'broadcast-message');
    for (const ref of refs.slice(0, 10)) await schedule(ref);
    await scheduler.tick();
    expect(broadcasts()).toHaveLength(10);
    for (const ref of refs.slice(10)) await schedule(ref);

    cluster.stop();
    const failed = await scheduler.tick();
    expect(failed.errors.length).toBeGreaterThan(0);
    expect(failed.delivered).toBe(0);
    cluster.start();
    let result = await scheduler.tick();
    for (let i = 0; i < 20 && result.delivered === 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      result = await scheduler.tick();
    }
    expect(result.delivered).toBeGreaterThanOrEqual(10);
    // Later ticks find nothing left to send: every broadcast went out once.
    await scheduler.tick();
    const targets = broadcasts().map((d) => d.refId);
    expect(targets).toHaveLength(20);
    expect(new Set(targets).size).toBe(20);
  });
});
