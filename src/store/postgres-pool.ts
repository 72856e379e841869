import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { isStoreUnavailable } from './db-errors';
import type { StatementNames } from './statement-names';

/** Timeouts and pool size towards PostgreSQL (milliseconds); see README "Configuration" (PG_*). */
export interface PostgresTuning {
  /** Most connections of this instance. */
  poolMax: number;
  /** Opening a connection, or waiting for a free one, fails after this long. */
  connectTimeoutMs: number;
  /** Server side: a statement running longer is cancelled (57014). */
  statementTimeoutMs: number;
  /** Client side: no answer on the socket for this long (a partition) fails the query and drops the connection. */
  queryTimeoutMs: number;
  /** Server side: a session idle inside a transaction this long is ended, releasing its locks (25P03). */
  idleInTransactionTimeoutMs: number;
  /** TCP keepalive probes start after this much idle time, so a dead peer is noticed. */
  keepAliveMs: number;
  /**
   * Statements with parameters are sent as named prepared statements (statement-names.ts). Off behind a pooler that
   * cannot keep them per client, such as PgBouncer in transaction mode before 1.21 or without max_prepared_statements.
   */
  preparedStatements: boolean;
}

/** Defaults: a turn during an outage answers within a few seconds; chat statements take milliseconds. */
export const DEFAULT_POSTGRES_TUNING: PostgresTuning = {
  poolMax: 10,
  connectTimeoutMs: 2_000,
  statementTimeoutMs: 3_000,
  queryTimeoutMs: 4_000,
  idleInTransactionTimeoutMs: 10_000,
  keepAliveMs: 10_000,
  preparedStatements: true,
};

/** Where pool problems are reported (a dropped idle connection must never crash the process). */
export interface PoolLogger {
  warn(obj: object, msg: string): void;
}

/**
 * A pg Pool for Kysely that survives the database going away. Every connection gets an 'error' listener (an
 * unhandled 'error' on a pool or client kills the process) and the timeouts above; a connection that saw a
 * connection-level failure is destroyed when released instead of going back to the pool, so the pool heals
 * itself once the database is back. With `names`, statements with parameters are sent as named prepared statements
 * (statement-names.ts).
 */
export function createPostgresPool(
  url: string,
  schema: string,
  tuning: PostgresTuning,
  logger?: PoolLogger,
  names?: StatementNames,
): PostgresPool & { raw: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    options: `-c search_path=${schema} -c statement_timeout=${tuning.statementTimeoutMs} -c idle_in_transaction_session_timeout=${tuning.idleInTransactionTimeoutMs}`,
    max: tuning.poolMax,
    connectionTimeoutMillis: tuning.connectTimeoutMs,
    query_timeout: tuning.queryTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: tuning.keepAliveMs,
  });
  const broken = new WeakSet<pg.PoolClient>();
  pool.on('error', (err) => logger?.warn({ err: describe(err) }, 'idle PostgreSQL connection failed; it is replaced'));
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      broken.add(client);
      logger?.warn({ err: describe(err) }, 'PostgreSQL connection failed; it is replaced');
    });
  });
  return {
    raw: pool,
    end: () => pool.end(),
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      const send = (text: string, values: unknown[] | undefined, name: string | undefined): Promise<unknown> =>
        (name ? client.query({ name, text, values }) : client.query(text, values)).catch((err: unknown) => {
          if (isStoreUnavailable(err)) {
            broken.add(client);
            // After a client-side timeout the socket may still be stuck: cut it, so the rollback and anything queued
            // behind fail at once instead of waiting out their own timeouts.
            (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
          } else if (name && isStalePreparedStatement(err)) {
            // Another instance changed the columns of a table this statement returns with `*`: PostgreSQL refuses
            // the prepared statement on this connection from now on. The connection is replaced when released;
            // outside a transaction the statement is simply sent again, unnamed.
            broken.add(client);
            if (client.getTransactionStatus() === 'I') return send(text, values, undefined);
          }
          throw err;
        });
      const query = (sqlOrCursor: unknown, parameters?: ReadonlyArray<unknown>) => {
        if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as never);
        const values = parameters as unknown[] | undefined;
        return send(sqlOrCursor, values, values?.length ? names?.nameOf(sqlOrCursor) : undefined);
      };
      return {
        query: query as unknown as PostgresPoolClient['query'],
        release: () => client.release(broken.has(client) ? true : undefined),
      };
    },
  };
}

/** PostgreSQL 0A000 "cached plan must not change result type": a prepared statement outlived its table's columns. */
function isStalePreparedStatement(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '0A000';
}

function describe(err: Error): { message: string; code?: string } {
  return { message: err.message, code: (err as { code?: string }).code };
}
