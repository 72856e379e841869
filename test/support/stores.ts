// A fresh, empty, migrated store per test, on each dialect. PostgreSQL: a new random schema in the `test`
// database, dropped on close. `npm test` needs only Node, so it runs SQLite; `npm run test:full` (CI) sets
// FORBEDRINGSBOT_FULL=1 and adds PostgreSQL, which then must be reachable: an unreachable server fails the tests.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Clock, Store } from '../../src/domain';
import { createStore } from '../../src/store/create-store';

/** Every dialect the store supports. */
export const ALL_DIALECTS = ['sqlite', 'postgres'] as const;
/** One of ALL_DIALECTS. */
export type Dialect = (typeof ALL_DIALECTS)[number];
/** The dialects this run covers: both in the full suite, SQLite in the Node-only `npm test`. */
export const DIALECTS: readonly Dialect[] = process.env.FORBEDRINGSBOT_FULL === '1' ? ALL_DIALECTS : ['sqlite'];

/** The PostgreSQL test database (trust auth on this machine and in CI). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const START_HINT =
  'PostgreSQL is not reachable at 127.0.0.1:5432; start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';

const schemas = new WeakMap<Store, string>();
let hinted = false;

/** Drops a PostgreSQL schema of the test database with everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** A new empty migrated store: SQLite ':memory:', or PostgreSQL in a new schema that close() drops. */
export async function freshStore(
  dialect: Dialect,
  options: { clock?: Clock; onStatement?: (sql: string) => void } = {},
): Promise<Store> {
  if (dialect === 'sqlite') return createStore({ sqliteFile: ':memory:', ...options });
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let store: Store;
  try {
    store = await createStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema, ...options });
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    const code = e.code === 'STORE_UNAVAILABLE' ? e.cause?.code : e.code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000') {
      if (!hinted) console.error(START_HINT);
      hinted = true;
      const ci = process.env.FORBEDRINGSBOT_REQUIRE_PG === '1' ? ' (FORBEDRINGSBOT_REQUIRE_PG=1)' : '';
      throw new Error(`${START_HINT}${ci}`, { cause: err });
    }
    throw err;
  }
  schemas.set(store, schema);
  const close = store.close.bind(store);
  return Object.assign(store, {
    close: async () => {
      await close();
      await dropSchema(schema);
    },
  });
}

/**
 * Another store (its own pool) on the same PostgreSQL schema as `store`, to simulate a second instance.
 * Closing it leaves the schema; the original store's close() drops it.
 */
export async function sameSchemaStore(store: Store, options: { clock?: Clock } = {}): Promise<Store> {
  const schema = schemas.get(store);
  if (!schema) throw new Error('sameSchemaStore needs a PostgreSQL store from freshStore');
  return createStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema, ...options });
}

/**
 * `n` stores (separate connections/pools, like separate app instances) on one new database: PostgreSQL, one
 * schema; SQLite, one temporary file. close() closes them all and removes the database.
 */
export async function storesOnOneDatabase(
  dialect: Dialect,
  n: number,
  options: { clock?: Clock } = {},
): Promise<{ stores: Store[]; close(): Promise<void> }> {
  if (dialect === 'postgres') {
    const first = await freshStore('postgres', options);
    const stores = [first];
    for (let i = 1; i < n; i++) stores.push(await sameSchemaStore(first, options));
    return {
      stores,
      close: async () => {
        for (const s of stores.slice(1)) await s.close();
        await first.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-store-'));
  const stores: Store[] = [];
  for (let i = 0; i < n; i++) stores.push(await createStore({ sqliteFile: join(dir, 'store.db'), ...options }));
  return {
    stores,
    close: async () => {
      for (const s of stores) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
