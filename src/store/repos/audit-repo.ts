import type { Kysely } from 'kysely';
import type { AuditEntry } from '../../domain/model/delivery';
import type { AuditRepo } from '../../domain/ports/work-repos';
import { date, fromJsonOrNull } from '../codec';
import type { Database } from '../tables';

/** Default cap on entries returned by one list call. */
const DEFAULT_LIMIT = 1000;

/** The audit log on Kysely; newest first. Dates inside old/new values come back as ISO strings. */
export function createAuditRepo(db: Kysely<Database>): AuditRepo {
  return {
    async list(filter) {
      let q = db.selectFrom('audit_log').selectAll();
      if (filter.entity) q = q.where('entity', '=', filter.entity);
      if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
      if (filter.actorId) q = q.where('actor_id', '=', filter.actorId);
      const rows = await q
        .orderBy('id', 'desc')
        .limit(filter.limit ?? DEFAULT_LIMIT)
        .execute();
      return rows.map(
        (r): AuditEntry => ({
          id: String(r.id),
          at: date(r.at),
          actorId: r.actor_id,
          entity: r.entity,
          entityId: r.entity_id,
          action: r.action as AuditEntry['action'],
          oldValue: fromJsonOrNull(r.old_json),
          newValue: fromJsonOrNull(r.new_json),
        }),
      );
    },
  };
}
