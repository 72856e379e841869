import type { Kysely } from 'kysely';
import { scanStoredCpr } from '../privacy-scan';
import { atomically } from './atomically';

/**
 * Invite codes can be revoked (`revoked_at`), and CPR-like numbers stored before the guard knew every shape
 * (dots and spaces between the date parts, value cells of an import, platform display names) are redacted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.alterTable('invites').addColumn('revoked_at', 'text').execute();
    await scanStoredCpr(db, { redact: true });
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('invites').dropColumn('revoked_at').execute();
}
