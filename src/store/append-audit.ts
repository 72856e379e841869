import type { Kysely } from 'kysely';
import type { Actor } from '../domain/model/common';
import type { AuditEntry } from '../domain/model/delivery';
import { iso, toJsonOrNull } from './codec';
import type { Database } from './tables';

/** Appends one audit entry; call it with the transaction that makes the change. */
export async function appendAudit(
  db: Kysely<Database>,
  actor: Actor,
  entity: string,
  entityId: string,
  action: AuditEntry['action'],
  oldValue: unknown,
  newValue: unknown,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: iso(actor.at),
      actor_id: actor.personId,
      entity,
      entity_id: entityId,
      action,
      old_json: toJsonOrNull(oldValue),
      new_json: toJsonOrNull(newValue),
    })
    .execute();
}
