import { Migrator, type Kysely, type Migration } from 'kysely';
import { migrations } from './migrations';

/** Minimal logger interface (pino-compatible). */
export interface StoreLogger {
  info(obj: object, msg?: string): void;
  warn?(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Brings the schema to the latest migration; a failed migration throws a clear error and nothing starts. */
export async function runMigrations(
  db: Kysely<any>,
  pgSchema: string | undefined,
  logger?: StoreLogger,
  list: Record<string, Migration> = migrations,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => list },
    ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    if (r.status === 'Success') logger?.info({ migration: r.migrationName }, 'migration applied');
    if (r.status === 'Error') logger?.error({ migration: r.migrationName }, 'migration failed');
  }
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '(setup)';
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed} failed: ${reason}`, { cause: error });
  }
}
