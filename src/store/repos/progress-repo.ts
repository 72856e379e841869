import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import { progressScoreInput, type ProgressScore, type ProgressScoreValue } from '../../domain/model/progress';
import type { ProgressRepo } from '../../domain/ports/work-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, iso } from '../codec';
import { inTransaction } from '../in-transaction';
import type { Database, ProgressScoreTable } from '../tables';

function toScore(r: Selectable<ProgressScoreTable>): ProgressScore {
  return {
    teamId: r.team_id,
    month: r.month,
    score: (Number(r.score_tenths) / 10) as ProgressScoreValue,
    reason: r.reason,
    personId: r.person_id,
    recordedAt: date(r.recorded_at),
  };
}

/** Monthly IHI progress scores on Kysely: one row per team and month, replaced by a later score; audited. */
export function createProgressRepo(db: Kysely<Database>): ProgressRepo {
  return {
    async put(input, actor) {
      const p = parseInput(progressScoreInput, input);
      const row = {
        team_id: p.teamId,
        month: p.month,
        score_tenths: Math.round(p.score * 10),
        reason: p.reason,
        person_id: actor.personId,
        recorded_at: iso(actor.at),
      };
      return inTransaction(db, async (trx) => {
        if (!(await trx.selectFrom('teams').select('id').where('id', '=', p.teamId).executeTakeFirst()))
          throw new DomainError('UNKNOWN_TEAM');
        const old = await trx
          .selectFrom('progress_scores')
          .selectAll()
          .where('team_id', '=', p.teamId)
          .where('month', '=', p.month)
          .executeTakeFirst();
        if (old)
          await trx
            .updateTable('progress_scores')
            .set(row)
            .where('team_id', '=', p.teamId)
            .where('month', '=', p.month)
            .execute();
        else await trx.insertInto('progress_scores').values(row).execute();
        const stored = toScore(row);
        await appendAudit(
          trx,
          actor,
          'progress_score',
          `${p.teamId}:${p.month}`,
          old ? 'update' : 'create',
          old ? toScore(old) : null,
          stored,
        );
        return stored;
      });
    },
    async listForTeam(teamId) {
      const rows = await db
        .selectFrom('progress_scores')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('month')
        .execute();
      return rows.map(toScore);
    },
  };
}
