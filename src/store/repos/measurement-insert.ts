import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../domain/model/common';
import { iso, newId, toJson } from '../codec';
import { compiledStatement } from '../compiled-statement';
import type { Database } from '../tables';
import { toMeasurement, type Row } from './measurement-rows';

/**
 * PostgreSQL: the insert-or-nothing, its audit entry and the series' new version token in one statement (a
 * data-modifying CTE; the entry and the token are written only when the row was), two round trips fewer on every
 * measurement turn. SQLite has no such CTEs (and no network). Returns the row and the series' new version.
 */
export async function insertNewAudited(trx: Kysely<Database>, row: Row, actor: Actor) {
  const version = newId();
  const args = { ...row, at: iso(actor.at), actor_id: actor.personId, new_json: toJson(toMeasurement(row)), version };
  const [inserted] = (await insertAuditedVersioned(trx, args)).rows;
  return inserted ? { measurement: toMeasurement(inserted), version } : null;
}

/** The statement, compiled once: it runs on every measurement turn. */
const insertAuditedVersioned = compiledStatement(
  (trx: Kysely<Database>, a: Row & { at: string; actor_id: string | null; new_json: string; version: string }) => {
    const { at, actor_id, new_json, version, ...row } = a;
    return (
      trx
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
                  sql<string>`${at}::text`.as('at'),
                  sql<string | null>`${actor_id}::text`.as('actor_id'),
                  sql<string>`'measurement'`.as('entity'),
                  'm.id',
                  sql<string>`'create'`.as('action'),
                  sql<null>`null`.as('old_json'),
                  sql<string>`${new_json}::text`.as('new_json'),
                ]),
            ),
        )
        // The same upsert as bumpSeriesVersion (series-version.ts), for the series of the inserted row only.
        .with('v', (db) =>
          db
            .insertInto('series_versions')
            .columns(['measure_id', 'team_id', 'version'])
            .expression((eb) =>
              eb.selectFrom('m').select(['m.measure_id', 'm.team_id', sql<string>`${version}::text`.as('version')]),
            )
            .onConflict((oc) =>
              oc.columns(['measure_id', 'team_id']).doUpdateSet((eb) => ({ version: eb.ref('excluded.version') })),
            ),
        )
        .selectFrom('m')
        .selectAll()
    );
  },
);
