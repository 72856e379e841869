import type { LogConfig } from 'kysely';

/**
 * Kysely's log hook reporting each statement's SQL to `onStatement`, or none (Kysely then adds no wrapper). Kysely
 * logs at the connection, so the transaction statements its drivers send (BEGIN, COMMIT, ROLLBACK) are counted too.
 */
export function statementLog(onStatement?: (sql: string) => void): LogConfig | undefined {
  if (!onStatement) return undefined;
  return (event) => onStatement(event.query.sql);
}
