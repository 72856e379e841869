import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../../domain/model/common';
import type { MeasurementWrite } from '../../domain/ports/measure-repos';
import { newId, iso, toJsonOrNull } from '../codec';
import { inTransaction } from '../in-transaction';
import type { Database, MeasurementTable } from '../tables';
import { measurementRow, requireMeasuresAndTeams, toMeasurement } from './measurement-rows';

/** Rows per INSERT: 11 parameters a row stays far below SQLite's 32766 and PostgreSQL's 65535 limits. */
const CHUNK = 1000;

type Row = Selectable<MeasurementTable>;
const keyOf = (r: { measure_id: string; team_id: string; period_key: string }) =>
  `${r.measure_id}\u0000${r.team_id}\u0000${r.period_key}`;

/**
 * Bulk insert-or-replace in one transaction. Every row is validated before anything is written; a later
 * row for the same key wins. Audit: one summary entry per call (entity `measurement_import`, counts and
 * the measures/teams touched) plus one `update` entry per replaced row with its old and new value — so
 * no overwritten value is lost, while a 100k-row import of new data adds one audit row, not 100k.
 * Returns the number of rows written.
 */
export async function putMeasurementsInChunks(
  db: Kysely<Database>,
  ms: MeasurementWrite[],
  actor: Actor,
): Promise<number> {
  const starts = new Map<string, string | null>();
  const byKey = new Map<string, Row>();
  for (const m of ms) {
    const row = measurementRow(m, actor, starts);
    byKey.set(keyOf(row), row);
  }
  const rows = [...byKey.values()];
  if (rows.length === 0) return 0;
  const measureIds = [...new Set(rows.map((r) => r.measure_id))];
  const teamIds = [...new Set(rows.map((r) => r.team_id))];
  return inTransaction(db, async (trx) => {
    await requireMeasuresAndTeams(trx, measureIds, teamIds);
    let replaced = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const existing = await trx
        .selectFrom('measurements')
        .selectAll()
        .where('measure_id', 'in', [...new Set(chunk.map((r) => r.measure_id))])
        .where('team_id', 'in', [...new Set(chunk.map((r) => r.team_id))])
        .where('period_key', 'in', [...new Set(chunk.map((r) => r.period_key))])
        .execute();
      const old = new Map(existing.map((r) => [keyOf(r), r]));
      await trx
        .insertInto('measurements')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['measure_id', 'team_id', 'period_key']).doUpdateSet((eb) => ({
            period_start: eb.ref('excluded.period_start'),
            value: eb.ref('excluded.value'),
            numerator: eb.ref('excluded.numerator'),
            denominator: eb.ref('excluded.denominator'),
            note: eb.ref('excluded.note'),
            recorded_by: eb.ref('excluded.recorded_by'),
            recorded_at: eb.ref('excluded.recorded_at'),
          })),
        )
        .execute();
      const audits = chunk.flatMap((r) => {
        const o = old.get(keyOf(r));
        if (!o) return [];
        return [
          {
            at: iso(actor.at),
            actor_id: actor.personId,
            entity: 'measurement',
            entity_id: o.id,
            action: 'update',
            old_json: toJsonOrNull(toMeasurement(o)),
            new_json: toJsonOrNull(toMeasurement({ ...r, id: o.id })),
          },
        ];
      });
      replaced += audits.length;
      if (audits.length > 0) await trx.insertInto('audit_log').values(audits).execute();
    }
    await trx
      .insertInto('audit_log')
      .values({
        at: iso(actor.at),
        actor_id: actor.personId,
        entity: 'measurement_import',
        entity_id: newId(),
        action: 'create',
        old_json: null,
        new_json: toJsonOrNull({ rows: rows.length, inserted: rows.length - replaced, replaced, measureIds, teamIds }),
      })
      .execute();
    return rows.length;
  });
}
