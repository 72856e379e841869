import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../domain/model/common';
import { iso, toJson } from '../codec';
import type { Database } from '../tables';
import { toMeasurement, type Row } from './measurement-rows';

/**
 * PostgreSQL: the insert-or-nothing and its audit entry in one statement (a data-modifying CTE; the entry is written
 * only when the row was), one round trip fewer on every measurement turn. SQLite has no such CTEs (and no network).
 */
export async function insertNewAudited(trx: Kysely<Database>, row: Row, actor: Actor) {
  const inserted = await trx
    .with('m', (db) =>
      db
        .insertInto('measurements')
        .values(row)
        .onConflict((oc) => oc.columns(['measure_id', 'team_id', 'period_key']).doNothing())
        .returningAll(),
    )
    .with('a', (db) =>
      db
        .insertInto('audit_log')
        .columns(['at', 'actor_id', 'entity', 'entity_id', 'action', 'old_json', 'new_json'])
        .expression((eb) =>
          eb
            .selectFrom('m')
            .select([
              sql<string>`${iso(actor.at)}::text`.as('at'),
              sql<string | null>`${actor.personId}::text`.as('actor_id'),
              sql<string>`'measurement'`.as('entity'),
              'm.id',
              sql<string>`'create'`.as('action'),
              sql<null>`null`.as('old_json'),
              sql<string>`${toJson(toMeasurement(row))}::text`.as('new_json'),
            ]),
        ),
    )
    .selectFrom('m')
    .selectAll()
    .executeTakeFirst();
  return inserted ? toMeasurement(inserted) : null;
}
