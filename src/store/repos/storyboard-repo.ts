import type { Kysely } from 'kysely';
import { DomainError } from '../../domain/errors';
import { storyboardNoteInput, type StoryboardNote } from '../../domain/model/storyboard';
import type { StoryboardRepo } from '../../domain/ports/storyboard-repo';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, iso } from '../codec';
import { inTransaction } from '../in-transaction';
import type { Database, StoryboardNoteTable } from '../tables';

const toNote = (r: StoryboardNoteTable): StoryboardNote => ({
  seminarId: r.seminar_id,
  teamId: r.team_id,
  text: r.text,
  authorId: r.author_id,
  updatedAt: date(r.updated_at),
});

/** Storyboard learning notes on Kysely. */
export function createStoryboardRepo(db: Kysely<Database>): StoryboardRepo {
  return {
    async saveNote(input, actor) {
      const p = parseInput(storyboardNoteInput, input);
      return inTransaction(db, async (trx) => {
        if (!(await trx.selectFrom('seminars').select('id').where('id', '=', p.seminarId).executeTakeFirst()))
          throw new DomainError('NOT_FOUND', {});
        if (!(await trx.selectFrom('teams').select('id').where('id', '=', p.teamId).executeTakeFirst()))
          throw new DomainError('UNKNOWN_TEAM', {});
        const old = await trx
          .selectFrom('storyboard_notes')
          .selectAll()
          .where('seminar_id', '=', p.seminarId)
          .where('team_id', '=', p.teamId)
          .executeTakeFirst();
        const row = {
          seminar_id: p.seminarId,
          team_id: p.teamId,
          text: p.text,
          author_id: actor.personId,
          updated_at: iso(actor.at),
        };
        await trx
          .insertInto('storyboard_notes')
          .values(row)
          .onConflict((oc) =>
            oc
              .columns(['seminar_id', 'team_id'])
              .doUpdateSet({ text: row.text, author_id: row.author_id, updated_at: row.updated_at }),
          )
          .execute();
        await appendAudit(
          trx,
          actor,
          'storyboard_note',
          `${p.seminarId}:${p.teamId}`,
          old ? 'update' : 'create',
          old ? { text: old.text } : null,
          { text: p.text },
        );
        return toNote(row);
      });
    },
    async notes(seminarId) {
      const rows = await db
        .selectFrom('storyboard_notes')
        .selectAll()
        .where('seminar_id', '=', seminarId)
        .orderBy('team_id')
        .execute();
      return rows.map(toNote);
    },
  };
}
