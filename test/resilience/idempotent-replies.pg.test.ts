// PostgreSQL only (FORBEDRINGSBOT_FULL=1): an in-doubt turn retried with the same request id, also while the first
// attempt is still running on another instance's connection, is stored once and answered with the first replies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { isStored, startFaultApp, type FaultApp } from '../support/fault-app';
import { freshStore } from '../support/stores';

describe('idempotent replies on PostgreSQL', () => {
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  let store: Store;
  let app: FaultApp;
  beforeAll(async () => {
    store = await freshStore('postgres', { clock });
    app = await startFaultApp({ store, clock, teams: 1 });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('answers concurrent and later retries of one request id with the replies of the first attempt', async () => {
    const text = `måling OP24 18/22 ${app.weeks[0]}`;
    const [a, b] = await Promise.all([
      app.turn(app.users[0]!, text, { id: 'in-doubt-1' }),
      app.turn(app.users[0]!, text, { id: 'in-doubt-1' }),
    ]);
    const later = await app.turn(app.users[0]!, text, { id: 'in-doubt-1' });
    expect(isStored(a)).toBe(true);
    expect(b.body).toEqual(a.body);
    expect(later.body).toEqual(a.body);
    expect(await store.measurements.listForTeam(app.teamIds[0]!)).toHaveLength(1);
  });
});
