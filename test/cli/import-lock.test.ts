// A CLI process writing to the SQLite file of a running server (an import's transaction holding the write lock):
// the server's chat turns wait for the lock (BEGIN IMMEDIATE + busy_timeout) and succeed instead of failing with
// "database is locked" when the other process commits while they wait.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { isStored, startFaultApp, type FaultApp } from '../support/fault-app';

const root = join(__dirname, '../..');

/** Another process takes the write lock, writes, and commits after `holdMs`; resolves once it holds the lock. */
function holdWriteLock(file: string, holdMs: number): Promise<Promise<number | null>> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.env.FILE);
    db.pragma('busy_timeout = 5000');
    db.exec('begin immediate');
    db.prepare("insert into idempotency_keys (key, expires_at) values ('cli-import', '2099-01-01T00:00:00.000Z')").run();
    process.stdout.write('locked');
    setTimeout(() => { db.exec('commit'); db.close(); }, Number(process.env.HOLD_MS));`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: root,
    env: { ...process.env, FILE: file, HOLD_MS: String(holdMs) },
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve(exited));
    child.once('error', reject);
  });
}

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
    const exited = await holdWriteLock(join(dir, 'forbedringsbot.sqlite'), 800);
    const answers = await Promise.all(
      [1, 2, 3].map((w) => app.turn(app.users[0]!, `måling OP24 12/22 ${app.weeks[w]}`)),
    );
    expect(answers.map(isStored)).toEqual([true, true, true]);
    expect(await exited).toBe(0);
    expect(await store.measurements.listForTeam(app.teamIds[0]!)).toHaveLength(4);
  });
});
