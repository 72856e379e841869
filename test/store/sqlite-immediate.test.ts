// SQLite transactions of the store take the write lock when they begin (BEGIN IMMEDIATE) and wait for it
// (busy_timeout). With a deferred BEGIN, a transaction that reads and then writes while another process commits
// can fail with "database is locked" (SQLITE_BUSY_SNAPSHOT, no waiting): https://www.sqlite.org/lang_transaction.html
// The first test fails under a deferred BEGIN (checked by swapping it in open-sqlite.ts); the second shows the wait.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { holdWriteLock } from '../support/hold-write-lock';

describe('SQLite store transactions take the write lock up front', () => {
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  let dir: string;
  let file: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-immediate-'));
    file = join(dir, 'store.sqlite');
    store = await createStore({ sqliteFile: file, clock });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the write lock from BEGIN, before the transaction has run a statement', async () => {
    const other = new SqliteDatabase(file);
    other.pragma('busy_timeout = 0');
    try {
      // Outside a transaction of the store, another connection takes the write lock at once.
      other.exec('begin immediate');
      other.exec('rollback');
      await store.transaction(async () => {
        // A deferred BEGIN would hold no lock yet; BEGIN IMMEDIATE holds the write lock.
        expect(() => other.exec('begin immediate')).toThrow(/database is locked/);
      });
      other.exec('begin immediate');
      other.exec('rollback');
    } finally {
      other.close();
    }
  });

  it('a transaction that reads and then writes waits for another process to commit, and both writes stay', async () => {
    const exited = await holdWriteLock(file, 300, 'other-process');
    const now = clock.now();
    const claimed = await store.transaction(async (tx) => {
      // Read first, then write: the transaction began only once the other process had committed.
      expect(await tx.idempotency.replies('other-process')).toBeNull();
      return tx.idempotency.claim('reader-first', now, 60_000);
    });
    expect(claimed).toBe(true);
    expect(await exited).toBe(0);
    // The other process's key is there, and ours: claiming any of them again is refused.
    for (const key of ['other-process', 'reader-first'])
      expect(await store.idempotency.claim(key, now, 60_000)).toBe(false);
  });
});
