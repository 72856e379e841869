import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/model/common';
import {
  PDSA_PHASES,
  actFields,
  doFields,
  pdsaSponsorHelp,
  pdsaStartInput,
  studyFields,
  type PdsaCycle,
  type PdsaStartInput,
} from '../../domain/model/pdsa';
import type { PdsaAdvance, PdsaRepo } from '../../domain/ports/work-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, fromJson, fromJsonOrNull, iso, newId, toJson, toJsonOrNull } from '../codec';
import { inTransaction } from '../in-transaction';
import type { Database, PdsaCycleTable } from '../tables';

function toCycle(r: Selectable<PdsaCycleTable>): PdsaCycle {
  return {
    id: r.id,
    teamId: r.team_id,
    title: r.title,
    changeIdea: r.change_idea,
    ownerId: r.owner_id,
    phase: r.phase as PdsaCycle['phase'],
    plan: fromJson(r.plan_json),
    do: fromJsonOrNull(r.do_json),
    study: fromJsonOrNull(r.study_json),
    act: fromJsonOrNull(r.act_json),
    dueDates: fromJson(r.due_dates_json),
    measureIds: fromJson(r.measure_ids_json),
    previousCycleId: r.previous_cycle_id,
    sponsorHelp: r.sponsor_help,
    sponsorHelpAt: r.sponsor_help_at ? date(r.sponsor_help_at) : null,
    createdAt: date(r.created_at),
    updatedAt: date(r.updated_at),
  };
}

/** Validates a full cycle input and its references; returns the columns it sets. */
async function checked(trx: Kysely<Database>, input: PdsaStartInput) {
  const p = parseInput(pdsaStartInput, input);
  if (!(await trx.selectFrom('teams').select('id').where('id', '=', p.teamId).executeTakeFirst()))
    throw new DomainError('UNKNOWN_TEAM', {});
  if (p.ownerId && !(await trx.selectFrom('persons').select('id').where('id', '=', p.ownerId).executeTakeFirst()))
    throw new DomainError('UNKNOWN_PERSON', {});
  const measureIds = [...new Set(p.measureIds)];
  if (measureIds.length > 0) {
    const found = await trx.selectFrom('measures').select('id').where('id', 'in', measureIds).execute();
    if (found.length !== measureIds.length) throw new DomainError('UNKNOWN_MEASURE', {});
  }
  const d = p.dueDates;
  return {
    team_id: p.teamId,
    title: p.title,
    change_idea: p.changeIdea,
    owner_id: p.ownerId,
    plan_json: toJson(p.plan),
    due_dates_json: toJson({ plan: d.plan ?? null, do: d.do ?? null, study: d.study ?? null, act: d.act ?? null }),
    measure_ids_json: toJson(measureIds),
    previous_cycle_id: p.previousCycleId,
  };
}

function advanceColumns(step: PdsaAdvance): Partial<Selectable<PdsaCycleTable>> {
  const from = PDSA_PHASES.indexOf(step.from);
  if (from < 0 || PDSA_PHASES[from + 1] !== step.to)
    throw new DomainError('PDSA_PHASE_ORDER', { from: step.from, to: step.to });
  if (step.from === 'plan') return {};
  if (step.from === 'do') return { do_json: toJsonOrNull(parseInput(doFields, step.fields)) };
  if (step.from === 'study') return { study_json: toJsonOrNull(parseInput(studyFields, step.fields)) };
  return { act_json: toJsonOrNull(parseInput(actFields, step.fields)) };
}

/** What undoing an advance clears: the fields written on leaving that phase (empty before, phases only move on). */
const REVERT_COLUMNS: Record<PdsaAdvance['from'], Partial<Selectable<PdsaCycleTable>>> = {
  plan: {},
  do: { do_json: null },
  study: { study_json: null },
  act: { act_json: null },
};

/** PDSA cycles on Kysely. */
export function createPdsaRepo(db: Kysely<Database>): PdsaRepo {
  const get = async (id: string) => {
    const r = await db.selectFrom('pdsa_cycles').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toCycle(r) : null;
  };
  const audited = async (trx: Kysely<Database>, actor: Actor, old: PdsaCycle) => {
    const updated = (await createPdsaRepo(trx).get(old.id))!;
    await appendAudit(trx, actor, 'pdsa', old.id, 'update', old, updated);
    return updated;
  };
  return {
    get,
    async create(input, actor) {
      return inTransaction(db, async (trx) => {
        const row = {
          ...(await checked(trx, input)),
          id: newId(),
          phase: 'plan',
          created_at: iso(actor.at),
          updated_at: iso(actor.at),
        };
        await trx
          .insertInto('pdsa_cycles')
          .values({
            ...row,
            do_json: null,
            study_json: null,
            act_json: null,
            sponsor_help: null,
            sponsor_help_at: null,
          })
          .execute();
        const created = (await createPdsaRepo(trx).get(row.id))!;
        await appendAudit(trx, actor, 'pdsa', row.id, 'create', null, created);
        return created;
      });
    },
    async advance(id, step, actor) {
      const columns = advanceColumns(step);
      return inTransaction(db, async (trx) => {
        const old = await createPdsaRepo(trx).get(id);
        if (!old) throw new DomainError('NOT_FOUND', {});
        // Conditional on the phase: a double submit (or a race) finds the cycle already moved on.
        const r = await trx
          .updateTable('pdsa_cycles')
          .set({ ...columns, phase: step.to, updated_at: iso(actor.at) })
          .where('id', '=', id)
          .where('phase', '=', step.from)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) throw new DomainError('PDSA_PHASE_ORDER', { from: step.from, to: step.to });
        return audited(trx, actor, old);
      });
    },
    async revertAdvance(id, step, advancedAt, actor) {
      return inTransaction(db, async (trx) => {
        const old = await createPdsaRepo(trx).get(id);
        if (!old || old.phase !== step.to || old.updatedAt.getTime() !== advancedAt.getTime()) return null;
        const r = await trx
          .updateTable('pdsa_cycles')
          .set({ ...REVERT_COLUMNS[step.from], phase: step.from, updated_at: iso(actor.at) })
          .where('id', '=', id)
          .where('phase', '=', step.to)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) return null;
        return audited(trx, actor, old);
      });
    },
    async update(id, patch, actor) {
      return inTransaction(db, async (trx) => {
        const old = await createPdsaRepo(trx).get(id);
        if (!old) throw new DomainError('NOT_FOUND', {});
        const cols = await checked(trx, { ...old, ...patch });
        await trx
          .updateTable('pdsa_cycles')
          .set({ ...cols, updated_at: iso(actor.at) })
          .where('id', '=', id)
          .execute();
        return audited(trx, actor, old);
      });
    },
    async setSponsorHelp(id, text, actor) {
      const help = parseInput(pdsaSponsorHelp, text);
      return inTransaction(db, async (trx) => {
        const old = await createPdsaRepo(trx).get(id);
        if (!old) throw new DomainError('NOT_FOUND', {});
        if (old.sponsorHelp === help) return old;
        await trx
          .updateTable('pdsa_cycles')
          .set({ sponsor_help: help, sponsor_help_at: help ? iso(actor.at) : null, updated_at: iso(actor.at) })
          .where('id', '=', id)
          .execute();
        return audited(trx, actor, old);
      });
    },
    async listForTeam(teamId, phases) {
      let q = db.selectFrom('pdsa_cycles').selectAll().where('team_id', '=', teamId);
      if (phases && phases.length > 0) q = q.where('phase', 'in', phases);
      return (await q.orderBy('created_at').orderBy('id').execute()).map(toCycle);
    },
  };
}
