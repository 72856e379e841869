// PostgreSQL only (FORBEDRINGSBOT_FULL=1): the app behind a TCP proxy in front of the test database survives
// killed backends and a network partition; every acknowledged write is stored, a refused turn changes nothing.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { isStored, startFaultApp, type FaultApp, type TurnAnswer } from '../support/fault-app';
import { TEST_DATABASE_URL } from '../support/stores';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const UNAVAILABLE = 'Jeg kan ikke nå min database lige nu';

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('the app on PostgreSQL under database faults', () => {
  let proxy: TcpProxy;
  let store: Store;
  let f: FaultApp;
  let schema: string;
  const clock = new ManualClock('2026-11-26T09:00:00Z');

  async function start() {
    proxy = await startTcpProxy(Number(new URL(TEST_DATABASE_URL).port || 5432));
    const url = new URL(TEST_DATABASE_URL);
    url.host = `127.0.0.1:${proxy.port}`;
    schema = `t_${randomBytes(6).toString('hex')}`;
    store = await createStore({ databaseUrl: url.toString(), pgSchema: schema, clock });
    f = await startFaultApp({ store, clock, teams: 4 });
  }
  afterEach(async () => {
    await f?.close();
    await store?.close();
    await proxy?.close();
    await admin((c) => c.query(`drop schema if exists "${schema}" cascade`));
  });

  /** Logs week `w` for team `k`; remembers it when the answer acknowledged it. */
  const acknowledged: Array<[number, number]> = [];
  const log = async (k: number, w: number): Promise<TurnAnswer> => {
    const answer = await f.turn(f.users[k]!, `måling OP24 ${10 + (w % 9)}/22 ${f.weeks[w]}`);
    if (isStored(answer)) acknowledged.push([k, w]);
    return answer;
  };
  const expectAcknowledgedStored = async () => {
    for (const [k, w] of acknowledged.splice(0)) {
      const rows = await store.measurements.listForTeam(f.teamIds[k]!);
      expect(
        rows.map((r) => r.periodKey),
        `team ${k} week ${f.weeks[w]}`,
      ).toContain(f.weeks[w]);
    }
  };
  const killBackends = () =>
    admin((c) =>
      c.query('select pg_terminate_backend(pid) from pg_stat_activity where client_port = any($1::int[])', [
        proxy.upstreamPorts(),
      ]),
    );

  it('survives killed backends, idle and in the middle of turns, and loses no acknowledged write', async () => {
    await start();
    for (let w = 0; w < 4; w++) expect(isStored(await log(w % 4, w))).toBe(true);
    await killBackends();
    // Turns in flight while the backends are killed again: each is stored or answered "try again", never a 500.
    const burst = Array.from({ length: 12 }, (_, i) => log(i % 4, 10 + i));
    await new Promise((r) => setTimeout(r, 5));
    await killBackends();
    for (const answer of await Promise.all(burst)) {
      expect(answer.status).toBe(200);
      if (!isStored(answer)) expect(answer.body.replies?.[0]?.text).toContain(UNAVAILABLE);
    }
    // Recovered by itself: the next turns are stored.
    for (let w = 30; w < 34; w++) expect(isStored(await log(w % 4, w))).toBe(true);
    expect((await f.get('/readyz')).status).toBe(200);
    await expectAcknowledgedStored();
  });

  it('answers "try again" within seconds during a partition, changes nothing, and recovers when it heals', async () => {
    await start();
    expect(isStored(await log(0, 0))).toBe(true);
    proxy.pause();
    const during = await log(1, 1);
    expect(during.status).toBe(200);
    expect(during.body.replies?.[0]?.text).toContain(UNAVAILABLE);
    expect(during.ms).toBeLessThan(7_000);
    expect(await f.get('/readyz')).toEqual({ status: 503, body: { status: 'unavailable' } });
    expect(await f.get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    proxy.resume();
    let recovered: TurnAnswer | undefined;
    for (let i = 0; i < 40 && !(recovered && isStored(recovered)); i++) recovered = await log(2, 2 + i);
    expect(recovered && isStored(recovered)).toBe(true);
    expect(await f.get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
    // The refused turn wrote nothing.
    expect((await store.measurements.listForTeam(f.teamIds[1]!)).map((m) => m.periodKey)).not.toContain(f.weeks[1]);
    await expectAcknowledgedStored();
  });
});
