import { z } from 'zod';

// The PG_* and TURN_* variables of config.ts (README "Configuration"): database timeouts and overload limits.

const ms = (fallback: number) => z.coerce.number().int().min(0).max(3_600_000).default(fallback);
const count = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

/** Environment variables for PostgreSQL timeouts and turn admission; merged into config.ts's schema. */
export const resilienceEnv = {
  PG_POOL_MAX: count(10),
  PG_CONNECT_TIMEOUT_MS: ms(2_000),
  PG_STATEMENT_TIMEOUT_MS: ms(3_000),
  PG_QUERY_TIMEOUT_MS: ms(4_000),
  PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: ms(10_000),
  PG_KEEPALIVE_MS: ms(10_000),
  TURN_CONCURRENCY: count(16),
  TURN_QUEUE: count(200),
  TURN_QUEUE_WAIT_MS: ms(2_000),
  SHUTDOWN_GRACE_MS: ms(10_000),
};

type ResilienceEnv = { [K in keyof typeof resilienceEnv]: z.output<(typeof resilienceEnv)[K]> };

/** The typed part of Config built from resilienceEnv. */
export function resilienceConfig(e: ResilienceEnv) {
  return {
    postgres: {
      poolMax: e.PG_POOL_MAX,
      connectTimeoutMs: e.PG_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.PG_STATEMENT_TIMEOUT_MS,
      queryTimeoutMs: e.PG_QUERY_TIMEOUT_MS,
      idleInTransactionTimeoutMs: e.PG_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      keepAliveMs: e.PG_KEEPALIVE_MS,
    },
    turns: {
      /** Turns handled at once by this instance. */
      concurrency: e.TURN_CONCURRENCY,
      /** Turns waiting for a slot; past it a turn is refused as busy (503 / "travlt"). */
      queue: e.TURN_QUEUE,
      /** Longest a queued turn waits for a slot before it is refused as busy. */
      queueWaitMs: e.TURN_QUEUE_WAIT_MS,
    },
    /** On SIGTERM, how long turns in flight may take to finish before the process exits anyway. */
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}
