// SQLite group commit (src/store/sqlite-group-commit.ts): transactions that queue up share one COMMIT, and each
// resolves only when another connection — another process — can read what it wrote.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { createStore, databaseOf } from '../../src/store/create-store';
import { holdWriteLock } from '../support/hold-write-lock';

const NOW = new Date('2026-11-26T09:00:00Z');
const TTL = 24 * 3600_000;

describe('SQLite group commit', () => {
  let dir: string;
  let file: string;
  let store: Store;
  let statements: string[];
  let reader: SqliteDatabase.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-group-'));
    file = join(dir, 'group.sqlite');
    statements = [];
    store = await createStore({ sqliteFile: file, onStatement: (s) => statements.push(s) });
    // Another connection, as another process would read the file.
    reader = new SqliteDatabase(file, { readonly: true });
  });
  afterEach(async () => {
    reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const visible = (key: string) =>
    reader.prepare('select count(*) as n from idempotency_keys where key = ?').get(key) as { n: number };
  const claim = (key: string) =>
    store.transaction(async (tx) => {
      await tx.idempotency.claim(key, NOW, TTL);
      return key;
    });

  it('commits transactions that queue up together, each one durable when it resolves', async () => {
    statements = [];
    const keys = Array.from({ length: 40 }, (_, i) => `k-${i}`);
    const seenWhenResolved = await Promise.all(keys.map((k) => claim(k).then((key) => visible(key).n)));
    // Every transaction was readable by another connection the moment it resolved.
    expect(seenWhenResolved).toEqual(keys.map(() => 1));
    const commits = statements.filter((s) => s.toLowerCase() === 'commit').length;
    expect(commits).toBeGreaterThanOrEqual(1);
    expect(commits).toBeLessThan(keys.length / 2);
  });

  it('a transaction alone commits at once, as without grouping', async () => {
    statements = [];
    await claim('alone');
    expect(visible('alone').n).toBe(1);
    expect(statements.filter((s) => s.toLowerCase() === 'commit')).toHaveLength(1);
  });

  it('a failing transaction rolls back alone; the others of its group keep their writes', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.idempotency.claim(`f-${i}`, NOW, TTL);
          if (i === 4) throw new Error('refused');
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    for (let i = 0; i < 10; i++) expect(visible(`f-${i}`).n).toBe(i === 4 ? 0 : 1);
  });

  it('a write outside a transaction commits the open group first and is durable when it returns', async () => {
    const db = databaseOf(store)!;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    // The first transaction holds the connection; the second and the lone write queue behind it.
    const first = store.transaction(async (tx) => {
      await tx.idempotency.claim('first', NOW, TTL);
      await gate;
    });
    await new Promise((r) => setImmediate(r));
    const second = claim('second');
    const lone = sql`insert into idempotency_keys (key, expires_at) values ('lone', ${NOW.toISOString()})`
      .execute(db)
      .then(() => visible('lone').n);
    open();
    expect(await lone).toBe(1);
    await Promise.all([first, second]);
    expect([visible('first').n, visible('second').n]).toEqual([1, 1]);
  });

  it('gives the write lock back between groups: another process writes while turns keep coming', async () => {
    const turns = Array.from({ length: 300 }, (_, i) => claim(`t-${i}`));
    // The other process waits for the lock (its busy_timeout), holds it 20 ms, writes and commits.
    const exited = await holdWriteLock(file, 20, 'cli');
    const more = Array.from({ length: 100 }, (_, i) => claim(`u-${i}`));
    await Promise.all([...turns, ...more]);
    expect(await exited).toBe(0);
    expect([visible('cli').n, visible('t-299').n, visible('u-99').n]).toEqual([1, 1, 1]);
  });
});
