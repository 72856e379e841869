// On SQLite a turn never yields to the event loop, so the turn gate never sees more than one turn at a time; the
// event loop's lag is what shows overload. With the load signal reporting saturation, the local channel answers 503
// with Retry-After at once and writes nothing; once it recovers, the same turn is stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { isStored, startFaultApp, type FaultApp } from '../support/fault-app';
import { snapshot } from '../store/store-snapshot';

describe('load shedding on SQLite', () => {
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  let dir: string;
  let store: Store;
  let app: FaultApp;
  let saturated = false;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-shed-'));
    store = await createStore({ sqliteFile: join(dir, 'forbedringsbot.sqlite'), clock });
    app = await startFaultApp({ store, clock, teams: 1, pressure: { saturated: () => saturated } });
  });
  afterEach(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After and writes nothing while saturated, and stores the turn once recovered', async () => {
    const text = `måling OP24 12/22 ${app.weeks[0]}`;
    const before = await snapshot(store);
    saturated = true;
    const refused = await Promise.all([app.turn(app.users[0]!, text), app.turn(app.users[0]!, text, { id: 'r-1' })]);
    for (const answer of refused) {
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('2');
      expect(answer.body.replies?.[0]?.text).toContain('travlt');
    }
    expect(await snapshot(store)).toEqual(before);
    saturated = false;
    // The retried request (same id) was never claimed, so it is handled now.
    expect(isStored(await app.turn(app.users[0]!, text, { id: 'r-1' }))).toBe(true);
    expect((await store.measurements.listForTeam(app.teamIds[0]!)).map((m) => m.periodKey)).toEqual([app.weeks[0]]);
  });
});
