import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import { measureInput, type Measure, type MeasureInput } from '../../domain/model/measures';
import type { MeasureRepo } from '../../domain/ports/measure-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, foldKey, iso, newId } from '../codec';
import { isUniqueViolation } from '../db-errors';
import { inTransaction } from '../in-transaction';
import { bumpReferenceVersion, throughView, type ReferenceView } from '../reference-cache';
import type { Database, MeasureTable } from '../tables';

function toMeasure(r: Selectable<MeasureTable>): Measure {
  return {
    id: r.id,
    collaborativeId: r.collaborative_id,
    teamId: r.team_id,
    code: r.code,
    name: r.name,
    type: r.type as Measure['type'],
    unitKind: r.unit_kind as Measure['unitKind'],
    unit: r.unit,
    direction: r.direction as Measure['direction'],
    goal: r.goal === null ? null : Number(r.goal),
    period: r.period as Measure['period'],
    scope: r.scope as Measure['scope'],
    dataSource: r.data_source,
    multiplier: Number(r.multiplier),
    chart: r.chart as Measure['chart'],
    createdAt: date(r.created_at),
  };
}

/** Validates a full measure input and checks its collaborative, team and code against the store. */
async function checked(trx: Kysely<Database>, input: MeasureInput, selfId: string | null) {
  const p = parseInput(measureInput, input);
  // A team's own measure is scoped 'team' unless the caller said otherwise.
  const scope = p.teamId !== null && input.scope === undefined ? 'team' : p.scope;
  const collab = await trx
    .selectFrom('collaboratives')
    .select('id')
    .where('id', '=', p.collaborativeId)
    .executeTakeFirst();
  if (!collab) throw new DomainError('UNKNOWN_COLLABORATIVE', {});
  if (p.teamId !== null) {
    const team = await trx.selectFrom('teams').select('collaborative_id').where('id', '=', p.teamId).executeTakeFirst();
    if (!team || team.collaborative_id !== p.collaborativeId) throw new DomainError('UNKNOWN_TEAM', {});
  }
  const clash = await trx
    .selectFrom('measures')
    .select('id')
    .where('collaborative_id', '=', p.collaborativeId)
    .where('code_key', '=', foldKey(p.code))
    .executeTakeFirst();
  if (clash && clash.id !== selfId) throw new DomainError('DUPLICATE', { field: 'code', code: p.code });
  return {
    collaborative_id: p.collaborativeId,
    team_id: p.teamId,
    code: p.code,
    code_key: foldKey(p.code),
    name: p.name,
    type: p.type,
    unit_kind: p.unitKind,
    unit: p.unit,
    direction: p.direction,
    goal: p.goal,
    period: p.period,
    scope,
    data_source: p.dataSource,
    multiplier: p.multiplier,
    chart: p.chart,
    id: p.id,
  };
}

/** A concurrent writer took the code between our check and our write: the unique index says so. */
async function duplicateCodeAsDomainError<T>(write: Promise<T>, code: string): Promise<T> {
  try {
    return await write;
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('DUPLICATE', { field: 'code', code });
    throw err;
  }
}

/** Measures on Kysely. */
export function createMeasureRepo(db: Kysely<Database>, view?: ReferenceView | null): MeasureRepo {
  const get = (id: string) =>
    throughView(view, `measure:${id}`, async () => {
      const r = await db.selectFrom('measures').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toMeasure(r) : null;
    });
  return {
    get,
    async create(input, actor) {
      return inTransaction(db, async (trx) => {
        await bumpReferenceVersion(trx, view);
        const { id, ...fields } = await checked(trx, input, null);
        const row = { ...fields, id: id ?? newId(), created_at: iso(actor.at) };
        if (await createMeasureRepo(trx).get(row.id)) throw new DomainError('DUPLICATE', { field: 'id' });
        await duplicateCodeAsDomainError(trx.insertInto('measures').values(row).execute(), row.code);
        const created = toMeasure(row);
        await appendAudit(trx, actor, 'measure', row.id, 'create', null, created);
        return created;
      });
    },
    async update(id, patch, actor) {
      return inTransaction(db, async (trx) => {
        await bumpReferenceVersion(trx, view);
        const old = await createMeasureRepo(trx).get(id);
        if (!old) throw new DomainError('UNKNOWN_MEASURE', {});
        const { id: _ignored, ...fields } = await checked(trx, { ...old, ...patch, id }, id);
        await duplicateCodeAsDomainError(
          trx.updateTable('measures').set(fields).where('id', '=', id).execute(),
          fields.code,
        );
        const updated = (await createMeasureRepo(trx).get(id))!;
        await appendAudit(trx, actor, 'measure', id, 'update', old, updated);
        return updated;
      });
    },
    async findByCode(collaborativeId, code) {
      const r = await db
        .selectFrom('measures')
        .selectAll()
        .where('collaborative_id', '=', collaborativeId)
        .where('code_key', '=', foldKey(code))
        .executeTakeFirst();
      return r ? toMeasure(r) : null;
    },
    listForTeam: (teamId) =>
      throughView(view, `team-measures:${teamId}`, async () => {
        // The team's collaborative as a subquery: one round trip; an unknown team matches nothing.
        const rows = await db
          .selectFrom('measures')
          .selectAll()
          .where('collaborative_id', '=', (eb) =>
            eb.selectFrom('teams').select('collaborative_id').where('id', '=', teamId),
          )
          .where((eb) => eb.or([eb('team_id', 'is', null), eb('team_id', '=', teamId)]))
          .orderBy('code_key')
          .execute();
        const measures = rows.map(toMeasure);
        for (const m of measures) view?.put(`measure:${m.id}`, m);
        return measures;
      }),
    async listByCollaborative(collaborativeId) {
      const rows = await db
        .selectFrom('measures')
        .selectAll()
        .where('collaborative_id', '=', collaborativeId)
        .orderBy('code_key')
        .execute();
      return rows.map(toMeasure);
    },
  };
}
