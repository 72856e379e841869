import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from './tables';
import { createPostgresPool, DEFAULT_POSTGRES_TUNING, type PoolLogger, type PostgresTuning } from './postgres-pool';
import { statementLog } from './statement-log';
import type { StatementNames } from './statement-names';
import { withUnavailableErrors } from './unavailable-dialect';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Connects a pg Pool whose every connection has `search_path` set to `schema`, and creates the schema.
 * One schema per test file keeps parallel test files apart. With `names`, statements are prepared by name once
 * it has started (statement-names.ts).
 */
export async function openPostgres(
  databaseUrl: string,
  schema: string,
  tuning: Partial<PostgresTuning> = {},
  logger?: PoolLogger,
  onStatement?: (sql: string) => void,
  names?: StatementNames,
): Promise<Kysely<Database>> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}" (use a-z, 0-9, _)`);
  const pool = createPostgresPool(databaseUrl, schema, { ...DEFAULT_POSTGRES_TUNING, ...tuning }, logger, names);
  const db = new Kysely<Database>({
    dialect: withUnavailableErrors(new PostgresDialect({ pool })),
    log: statementLog(onStatement),
  });
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (err) {
    // Two stores opening the same new schema at once: the loser's "if not exists" can still fail.
    const exists = await sql<{ n: number }>`select 1 as n from pg_namespace where nspname = ${schema}`.execute(db);
    if (exists.rows.length === 0) {
      await db.destroy();
      throw err;
    }
  }
  return db;
}
