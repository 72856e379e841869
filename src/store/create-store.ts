import { sql, type Kysely } from 'kysely';
import type { Clock } from '../domain/ports/clock';
import type { Repos, Store, TransactionOptions } from '../domain/ports/store';
import { openPostgres } from './open-postgres';
import type { PostgresTuning } from './postgres-pool';
import { openSqlite } from './open-sqlite';
import { registerGroupCommit, type GroupCommit } from './sqlite-group-commit';
import { durableTransaction } from './in-transaction';
import { ReferenceCache, type ReferenceView } from './reference-cache';
import { createRepos, type RepoContext, type SqliteHandle } from './repos';
import { createSeriesCache } from './series-cache';
import { createStatementNames } from './statement-names';
import { runMigrations, type StoreLogger } from './run-migrations';
import type { Database } from './tables';

/** Where the store lives: PostgreSQL when databaseUrl is set, else the SQLite file (':memory:' allowed). */
export interface StoreOptions {
  databaseUrl?: string;
  sqliteFile?: string;
  /** PostgreSQL schema holding every table (created if missing); default `public`. */
  pgSchema?: string;
  logger?: StoreLogger;
  /** Stamps technical creation times (reminders.created_at); main.ts passes the app's clock, tests a ManualClock. */
  clock?: Clock;
  /** PostgreSQL pool size and timeouts (DEFAULT_POSTGRES_TUNING for what is not given). */
  postgres?: Partial<PostgresTuning>;
  /**
   * Called with the SQL of every statement sent to the database, BEGIN/COMMIT/SAVEPOINT included (one call per
   * round trip on PostgreSQL). Tests count a turn's round trips with it; the benches report statements per turn.
   */
  onStatement?: (sql: string) => void;
}

/** Fallback when no clock is given (scripts, benches): wall-clock time, used only for technical timestamps. */
const wallClock: Clock = { now: () => new Date() };

const databases = new WeakMap<Store, Kysely<Database>>();

/** The Kysely instance behind a store from createStore (tests read tables back with it; app code uses the port). */
export function databaseOf(store: Store): Kysely<Database> | undefined {
  return databases.get(store);
}

/** Opens the database, runs the migrations, and returns the Store port implemented on Kysely. */
export async function createStore(opts: StoreOptions): Promise<Store> {
  let db: Kysely<Database>;
  let dialect: Store['dialect'];
  let raw: SqliteHandle | undefined;
  const names = opts.postgres?.preparedStatements === false ? undefined : createStatementNames();
  if (opts.databaseUrl) {
    db = await openPostgres(
      opts.databaseUrl,
      opts.pgSchema ?? 'public',
      opts.postgres,
      { warn: (obj, msg) => opts.logger?.warn?.(obj, msg) },
      opts.onStatement,
      names,
    );
    dialect = 'postgres';
  } else if (opts.sqliteFile) {
    let group: GroupCommit;
    ({ db, raw, group } = openSqlite(opts.sqliteFile, opts.onStatement));
    registerGroupCommit(db, group);
    dialect = 'sqlite';
  } else {
    throw new Error('createStore needs databaseUrl (PostgreSQL) or sqliteFile (SQLite)');
  }
  try {
    if (dialect === 'postgres') {
      // Instances starting together wait on Kysely's migration lock longer than a chat statement may take.
      await db.connection().execute(async (conn) => {
        await sql`set statement_timeout = 0`.execute(conn);
        await runMigrations(conn, opts.pgSchema ?? 'public', opts.logger);
        await sql`reset statement_timeout`.execute(conn);
      });
      // Only now: a statement prepared before a migration could be refused after it (postgres-pool.ts).
      names?.start();
    } else {
      await runMigrations(db, undefined, opts.logger);
    }
  } catch (err) {
    await db.destroy();
    throw err;
  }
  const ctx = { clock: opts.clock ?? wallClock, sqlite: raw, seriesCache: createSeriesCache() };
  const store = storeOn(db, dialect, ctx);
  databases.set(store, db);
  return store;
}

/**
 * The Store on a Kysely instance; inside a transaction, `transaction` opens a savepoint (see the Store port). A
 * transaction resolves once its writes are durable (see `durableTransaction`).
 */
function storeOn(db: Kysely<Database>, dialect: Store['dialect'], ctx: RepoContext): Store {
  const reference = new ReferenceCache();
  const bound = (trx: Kysely<Database>, view: ReferenceView | null): Store => ({
    ...createRepos(trx, ctx, view),
    dialect,
    transaction: <T>(fn: (tx: Repos) => Promise<T>, options?: TransactionOptions) =>
      options?.join ? fn(bound(trx, view)) : inSavepoint(trx, () => fn(bound(trx, view))),
    ping: async () => {},
    close: async () => {},
  });
  return {
    ...createRepos(db, ctx),
    dialect,
    transaction: <T>(fn: (tx: Repos) => Promise<T>, options?: TransactionOptions) =>
      durableTransaction(db, (trx) => fn(bound(trx, reference.view(options?.referenceVersion)))),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

let savepoints = 0;

/**
 * Runs fn once inside a savepoint of the open transaction `trx`: when fn throws, only its writes are undone and the
 * error is rethrown; the outer transaction goes on. SAVEPOINT / ROLLBACK TO / RELEASE are the same on SQLite and
 * PostgreSQL (https://www.sqlite.org/lang_savepoint.html, https://www.postgresql.org/docs/current/sql-savepoint.html).
 */
async function inSavepoint<T>(trx: Kysely<Database>, fn: () => Promise<T>): Promise<T> {
  const name = sql.id(`sp_${++savepoints}`);
  await sql`savepoint ${name}`.execute(trx);
  try {
    const result = await fn();
    await sql`release savepoint ${name}`.execute(trx);
    return result;
  } catch (err) {
    await sql`rollback to savepoint ${name}`.execute(trx);
    await sql`release savepoint ${name}`.execute(trx);
    throw err;
  }
}
