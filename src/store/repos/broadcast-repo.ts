import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { REGIONS, freeText, id } from '../../domain/model/common';
import type { Broadcast, BroadcastRepo } from '../../domain/ports/schedule-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, dateOrNull, fromJsonOrNull, iso, newId, toJson } from '../codec';
import { inTransaction } from '../in-transaction';
import type { BroadcastTable, Database } from '../tables';

const broadcastInput = z.object({
  collaborativeId: id,
  region: z.enum(REGIONS).nullable(),
  text: freeText(4000).pipe(z.string().min(1)),
});

function toBroadcast(r: Selectable<BroadcastTable>): Broadcast {
  return {
    id: r.id,
    collaborativeId: r.collaborative_id,
    region: r.region,
    text: r.text,
    createdBy: r.created_by,
    createdAt: date(r.created_at),
    sentAt: dateOrNull(r.sent_at),
    report: fromJsonOrNull(r.report_json),
  };
}

/** Broadcasts on Kysely. */
export function createBroadcastRepo(db: Kysely<Database>): BroadcastRepo {
  return {
    async create(input, actor) {
      const p = parseInput(broadcastInput, input);
      return inTransaction(db, async (trx) => {
        if (
          !(await trx.selectFrom('collaboratives').select('id').where('id', '=', p.collaborativeId).executeTakeFirst())
        )
          throw new DomainError('UNKNOWN_COLLABORATIVE', {});
        const row = {
          id: newId(),
          collaborative_id: p.collaborativeId,
          region: p.region,
          text: p.text,
          created_by: actor.personId,
          created_at: iso(actor.at),
          sent_at: null,
          report_json: null,
        };
        await trx.insertInto('broadcasts').values(row).execute();
        const created = toBroadcast(row);
        await appendAudit(trx, actor, 'broadcast', row.id, 'create', null, created);
        return created;
      });
    },
    async get(id) {
      const r = await db.selectFrom('broadcasts').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toBroadcast(r) : null;
    },
    async markSent(id, at, report) {
      await db
        .updateTable('broadcasts')
        .set({ sent_at: iso(at), report_json: toJson(report) })
        .where('id', '=', id)
        .execute();
    },
  };
}
