import { PostgresAdapter, type Kysely } from 'kysely';

/** The database a Kysely instance (or transaction) talks to. */
export function dialectOf(db: Kysely<any>): 'sqlite' | 'postgres' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
