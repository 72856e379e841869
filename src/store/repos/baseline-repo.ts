import type { Kysely } from 'kysely';
import {
  baselineEventInput,
  type BaselineEvent,
  type BaselineKind,
  type BaselineProposal,
} from '../../domain/model/baseline';
import type { BaselineRepo } from '../../domain/ports/baseline-repo';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, dateOrNull, iso, newId } from '../codec';
import { compiledStatement } from '../compiled-statement';
import { inTransaction } from '../in-transaction';
import type { BaselineEventTable, BaselineProposalTable, Database } from '../tables';

const toEvent = (r: Omit<BaselineEventTable, 'seq'>): BaselineEvent => ({
  id: r.id,
  teamId: r.team_id,
  measureId: r.measure_id,
  kind: r.kind as BaselineKind,
  periodKey: r.period_key,
  createdBy: r.created_by,
  why: r.why,
  createdAt: date(r.created_at),
  undoneAt: dateOrNull(r.undone_at),
  undoneBy: r.undone_by,
});

const toProposal = (r: BaselineProposalTable): BaselineProposal => ({
  teamId: r.team_id,
  measureId: r.measure_id,
  periodKey: r.period_key,
  status: r.status as BaselineProposal['status'],
  proposedBy: r.proposed_by,
  proposedAt: date(r.proposed_at),
  decidedBy: r.decided_by,
  decidedAt: dateOrNull(r.decided_at),
});

/** A series' active events, read on every measurement turn: compiled once. */
const activeEvents = compiledStatement((db: Kysely<Database>, a: { teamId: string; measureId: string }) =>
  db
    .selectFrom('baseline_events')
    .selectAll()
    .where('team_id', '=', a.teamId)
    .where('measure_id', '=', a.measureId)
    .where('undone_at', 'is', null)
    .orderBy('created_at')
    .orderBy('seq'),
);

/** Baseline events and split proposals on Kysely. */
export function createBaselineRepo(db: Kysely<Database>): BaselineRepo {
  const proposalRow = (teamId: string, measureId: string, periodKey: string) =>
    db
      .selectFrom('baseline_proposals')
      .selectAll()
      .where('team_id', '=', teamId)
      .where('measure_id', '=', measureId)
      .where('period_key', '=', periodKey)
      .executeTakeFirst();
  return {
    async add(input, actor) {
      const p = parseInput(baselineEventInput, input);
      const row = {
        id: newId(),
        team_id: p.teamId,
        measure_id: p.measureId,
        kind: p.kind,
        period_key: p.periodKey,
        why: p.why,
        created_by: actor.personId,
        created_at: iso(actor.at),
        undone_at: null,
        undone_by: null,
      };
      return inTransaction(db, async (trx) => {
        await trx.insertInto('baseline_events').values(row).execute();
        await appendAudit(trx, actor, 'baseline_event', row.id, 'create', null, {
          kind: row.kind,
          periodKey: row.period_key,
          why: row.why,
        });
        return toEvent(row);
      });
    },
    async active(teamId, measureId) {
      return (await activeEvents(db, { teamId, measureId })).rows.map(toEvent);
    },
    async all() {
      const rows = await db.selectFrom('baseline_events').selectAll().orderBy('created_at').orderBy('seq').execute();
      return rows.map(toEvent);
    },
    async undoLatest(teamId, measureId, actor) {
      return inTransaction(db, async (trx) => {
        const latest = await trx
          .selectFrom('baseline_events')
          .selectAll()
          .where('team_id', '=', teamId)
          .where('measure_id', '=', measureId)
          .where('undone_at', 'is', null)
          .orderBy('created_at', 'desc')
          .orderBy('seq', 'desc')
          .executeTakeFirst();
        if (!latest) return null;
        const at = iso(actor.at);
        await trx
          .updateTable('baseline_events')
          .set({ undone_at: at, undone_by: actor.personId })
          .where('id', '=', latest.id)
          .execute();
        await appendAudit(trx, actor, 'baseline_event', latest.id, 'update', { undoneAt: null }, { undoneAt: at });
        return toEvent({ ...latest, undone_at: at, undone_by: actor.personId });
      });
    },
    async proposal(teamId, measureId, periodKey) {
      const row = await proposalRow(teamId, measureId, periodKey);
      return row ? toProposal(row) : null;
    },
    async propose(teamId, measureId, periodKey, actor) {
      const inserted = await db
        .insertInto('baseline_proposals')
        .values({
          team_id: teamId,
          measure_id: measureId,
          period_key: periodKey,
          status: 'open',
          proposed_by: actor.personId,
          proposed_at: iso(actor.at),
          decided_by: null,
          decided_at: null,
        })
        .onConflict((oc) => oc.columns(['team_id', 'measure_id', 'period_key']).doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async decide(teamId, measureId, periodKey, status, actor) {
      const result = await db
        .updateTable('baseline_proposals')
        .set({ status, decided_by: actor.personId, decided_at: iso(actor.at) })
        .where('team_id', '=', teamId)
        .where('measure_id', '=', measureId)
        .where('period_key', '=', periodKey)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
