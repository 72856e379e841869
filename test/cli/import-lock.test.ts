// A CLI process writing to the SQLite file of a running server (an import's transaction holding the write lock):
// the server's chat turns wait for the lock (BEGIN IMMEDIATE + busy_timeout) and succeed instead of failing with
// "database is locked" when the other process commits while they wait.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { holdWriteLock } from '../support/hold-write-lock';
import { isStored, startFaultApp, type FaultApp } from '../support/fault-app';

describe('chat turns beside a CLI writing the same SQLite file', () => {
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  let dir: string;
  let store: Store;
  let app: FaultApp;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-lock-'));
    store = await createStore({ sqliteFile: join(dir, 'forbedringsbot.sqlite'), clock });
    app = await startFaultApp({ store, clock, teams: 1 });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('waits for the other process to commit and then stores the turn', async () => {
    // Read first (a deferred transaction would now hold a snapshot the other process's commit makes stale).
    expect(isStored(await app.turn(app.users[0]!, `måling OP24 12/22 ${app.weeks[0]}`))).toBe(true);
    const exited = await holdWriteLock(join(dir, 'forbedringsbot.sqlite'), 800, 'cli-import');
    const answers = await Promise.all(
      [1, 2, 3].map((w) => app.turn(app.users[0]!, `måling OP24 12/22 ${app.weeks[w]}`)),
    );
    expect(answers.map(isStored)).toEqual([true, true, true]);
    expect(await exited).toBe(0);
    expect(await store.measurements.listForTeam(app.teamIds[0]!)).toHaveLength(4);
  });
});
