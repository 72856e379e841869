import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely } from 'kysely';
import { GroupCommitSqliteDialect, type GroupCommit } from './sqlite-group-commit';
import { statementLog } from './statement-log';
import { withUnavailableErrors } from './unavailable-dialect';
import type { Database } from './tables';

/** Opens (creating if needed) a SQLite database file, or ':memory:', with durable settings. */
export function openSqlite(
  file: string,
  onStatement?: (sql: string) => void,
): { db: Kysely<Database>; raw: SqliteDatabase.Database; group: GroupCommit } {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // WAL lets readers run while one writer appends, and a crash mid-write never corrupts the file.
  sqlite.pragma('journal_mode = WAL');
  // Durability: with synchronous=NORMAL in WAL mode a commit is only fsync'ed at the next checkpoint, so a
  // power loss can roll back transactions that were already acknowledged to a user (the database stays
  // consistent, but the write is lost). We promise that an acknowledged write is never lost, so we use FULL:
  // the WAL is fsync'ed at every commit. The cost (one fsync per transaction) is small for chat traffic, and
  // bulk imports batch many rows per transaction.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Another process (the CLI) may hold the write lock briefly; wait instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  const database = withStatementCache(sqlite);
  // Transactions take the write lock when they begin (BEGIN IMMEDIATE), where busy_timeout applies: a deferred
  // transaction that reads first and then writes gets SQLITE_BUSY at once, without waiting, when another process
  // (the CLI importing) wrote in between — chat turns failed with "database is locked". Transactions that queue up
  // share one COMMIT (sqlite-group-commit.ts).
  const dialect = new GroupCommitSqliteDialect({ database }, (text) => database.prepare(text).reader);
  return {
    db: new Kysely<Database>({ dialect: withUnavailableErrors(dialect), log: statementLog(onStatement) }),
    raw: sqlite,
    group: dialect.group,
  };
}

// Kysely prepares every query anew; preparing is ~17% of a chat turn's CPU. better-sqlite3 statements are
// reusable, so keep the most recent ones by SQL text (bounded: IN-lists make some SQL texts one-off).
const STATEMENT_CACHE_SIZE = 500;

function withStatementCache(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql); // re-insert below: Map order is the LRU order
      } else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}
