// PostgreSQL only (FORBEDRINGSBOT_FULL=1): the store sends statements with parameters as named prepared statements
// (src/store/statement-names.ts, postgres-pool.ts). Each connection prepares a text once and holds a bounded number;
// a prepared statement never answers for another schema, survives a reconnect, and a table whose columns another
// instance changed costs at most the one statement that ran into it.
import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { createStore, databaseOf } from '../../src/store/create-store';
import { DEFAULT_STATEMENT_NAME_LIMITS } from '../../src/store/statement-names';
import { dropSchema, TEST_DATABASE_URL } from '../support/stores';

type Db = Kysely<unknown>;

/** The prepared statements of the connection `db` runs on (a pinned connection). */
const prepared = async (db: Db) =>
  (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)).rows.map(
    (r) => r.statement,
  );
const labelOf = async (db: Db, id: number) =>
  (await sql<{ id: number; label: string }>`select * from probe where id = ${id}`.execute(db)).rows[0]?.label;
const PROBE = 'select * from probe where id = $1';

describe('named prepared statements on PostgreSQL', () => {
  const opened: { store: Store; schema: string }[] = [];
  afterEach(async () => {
    for (const { store, schema } of opened.splice(0)) {
      await store.close();
      await dropSchema(schema);
    }
  });

  /** A store with a one-connection pool (so every call meets the same connection) and a probe table. */
  const open = async (schema = `t_${randomBytes(6).toString('hex')}`, label = 'første', preparedStatements = true) => {
    const store = await createStore({
      databaseUrl: TEST_DATABASE_URL,
      pgSchema: schema,
      postgres: { poolMax: 1, preparedStatements },
    });
    opened.push({ store, schema });
    const db = databaseOf(store) as unknown as Db;
    await sql`create table if not exists probe (id integer primary key, label text not null)`.execute(db);
    await sql`insert into probe values (1, ${label}) on conflict (id) do nothing`.execute(db);
    return { store, db, schema };
  };

  it('prepares a statement from its second run on, once per connection, and answers with the current rows', async () => {
    const { db } = await open();
    await db.connection().execute(async (conn) => {
      expect(await labelOf(conn, 1)).toBe('første');
      expect(await prepared(conn)).not.toContain(PROBE);
      await sql`update probe set label = ${'anden'} where id = ${1}`.execute(conn);
      expect(await labelOf(conn, 1)).toBe('anden');
      expect(await labelOf(conn, 1)).toBe('anden');
      expect((await prepared(conn)).filter((s) => s === PROBE)).toHaveLength(1);
    });
  });

  it('prepares nothing with PG_PREPARED_STATEMENTS=false (for a pooler that cannot keep them)', async () => {
    const { db } = await open(undefined, 'uden', false);
    await db.connection().execute(async (conn) => {
      for (let i = 0; i < 3; i++) expect(await labelOf(conn, 1)).toBe('uden');
      expect(await prepared(conn)).toEqual([]);
    });
  });

  it('keeps the prepared statements of a connection bounded, however many texts it runs', async () => {
    const { db } = await open();
    await db.connection().execute(async (conn) => {
      for (let n = 0; n < DEFAULT_STATEMENT_NAME_LIMITS.maxNamed + 50; n++)
        for (let run = 0; run < 2; run++)
          expect((await sql<{ n: number }>`select ${n}::int + ${run}::int as n`.execute(conn)).rows[0]?.n).toBe(
            n + run,
          );
      const statements = await prepared(conn);
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.length).toBeLessThanOrEqual(DEFAULT_STATEMENT_NAME_LIMITS.maxNamed);
    });
  });

  it('sends statements without parameters unprepared (savepoints, begin, commit)', async () => {
    const { db } = await open();
    for (let i = 0; i < 3; i++)
      await db.transaction().execute(async (trx) => {
        await sql`savepoint ${sql.id('sp_1')}`.execute(trx);
        await sql`release savepoint ${sql.id('sp_1')}`.execute(trx);
      });
    await db.connection().execute(async (conn) => {
      expect((await prepared(conn)).filter((s) => /savepoint|begin|commit/i.test(s))).toEqual([]);
    });
  });

  it('answers each store from its own schema for the same statement text', async () => {
    const a = await open(undefined, 'skema a');
    const b = await open(undefined, 'skema b');
    for (let i = 0; i < 3; i++) {
      expect(await labelOf(a.db, 1)).toBe('skema a');
      expect(await labelOf(b.db, 1)).toBe('skema b');
    }
  });

  it('prepares again on a new connection after the old one was cut', async () => {
    const { db } = await open();
    for (let i = 0; i < 3; i++) expect(await labelOf(db, 1)).toBe('første');
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
    await admin.end();
    // The pool learns of the cut connection at its next use at the latest; the store heals by itself.
    let label: string | undefined;
    for (let attempt = 0; attempt < 5 && label === undefined; attempt++)
      label = await labelOf(db, 1).catch(() => undefined);
    expect(label).toBe('første');
    await db.connection().execute(async (conn) => {
      expect(await labelOf(conn, 1)).toBe('første');
      expect(await prepared(conn)).toContain(PROBE);
    });
  });

  it('recovers when another instance adds a column to a table a prepared statement reads with *', async () => {
    const { db, schema } = await open();
    for (let i = 0; i < 3; i++) expect(await labelOf(db, 1)).toBe('første');
    await db.transaction().execute(async (trx) => expect(await labelOf(trx, 1)).toBe('første'));
    const other = await createStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema });
    await sql`alter table probe add column extra text`.execute(databaseOf(other)!);
    await other.close();

    // Outside a transaction the statement is sent again, unnamed: no error.
    const row = (await sql<{ label: string; extra: string | null }>`select * from probe where id = ${1}`.execute(db))
      .rows[0];
    expect(row).toEqual({ id: 1, label: 'første', extra: null });
    // The connection that held the stale statement was replaced, so transactions work too.
    await db.transaction().execute(async (trx) => expect(await labelOf(trx, 1)).toBe('første'));
  });

  it('fails only the transaction that met a stale prepared statement, and the next one works', async () => {
    const { db, schema } = await open();
    for (let i = 0; i < 3; i++)
      await db.transaction().execute(async (trx) => expect(await labelOf(trx, 1)).toBe('første'));
    const other = await createStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema });
    await sql`alter table probe add column extra text`.execute(databaseOf(other)!);
    await other.close();

    // Inside a transaction PostgreSQL has already aborted it: the error reaches the caller (a turn answers politely).
    await expect(db.transaction().execute((trx) => labelOf(trx, 1))).rejects.toMatchObject({ code: '0A000' });
    for (let i = 0; i < 3; i++)
      await db.transaction().execute(async (trx) => expect(await labelOf(trx, 1)).toBe('første'));
  });
});
