// Graceful shutdown of the whole app (buildApp) on a SQLite file, over HTTP: turns in flight finish while new ones
// are refused and claimed reminders are released; nothing is half-written. Overload: overload.pg.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reminderCause, type Store } from '../../src/domain';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { isStored, startFaultApp, type FaultApp } from '../support/fault-app';

describe('shutdown and health probes', () => {
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  let dir: string;
  let store: Store;
  let f: FaultApp | undefined;

  async function start(env: Record<string, string>) {
    dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-overload-'));
    store = await createStore({ sqliteFile: join(dir, 'store.sqlite'), clock });
    f = await startFaultApp({ store, clock, teams: 1, env });
    return f;
  }
  afterEach(async () => {
    await f?.close();
    f = undefined;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on shutdown releases the reminders it claimed to other instances', async () => {
    const app = await start({ INSTANCE_ID: 'shutdown-test', TURN_CONCURRENCY: '2' });
    expect(await app.get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
    const ref = await store.conversationRefs.upsert(
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
    for (let i = 0; i < 3; i++) {
      await store.reminders.schedule({
        kind: 'broadcast',
        dedupeKey: `d${i}`,
        causeKey: reminderCause.broadcast('b1'),
        recipient: { kind: 'conversation', conversationId: ref.id },
        dueAt: clock.now(),
        payload: { broadcastId: 'b1', target: 'c1' },
      });
    }
    expect(await store.reminders.claimDue(clock.now(), 3, 'shutdown-test', 60_000)).toHaveLength(3);

    expect(isStored(await app.turn(app.users[0]!, `måling OP24 12/22 ${app.weeks[0]}`))).toBe(true);
    await app.app.close();
    f = undefined;
    expect(await store.measurements.listForTeam(app.teamIds[0]!)).toHaveLength(1);
    const pending = await store.reminders.list({ status: 'pending' });
    expect(pending.map((r) => r.claimedBy)).toEqual([null, null, null]);
  });

  it('tells a load balancer only a status word', async () => {
    const app = await start({});
    expect(await app.get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await app.get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
  });
});
