import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import { DEFAULT_SEMINAR_HOURS, seminarInput, type Seminar, type SeminarInput } from '../../domain/model/plans';
import type { SeminarRepo } from '../../domain/ports/schedule-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, dateOrNull, fromJson, iso, newId, toJson } from '../codec';
import { inTransaction } from '../in-transaction';
import type { Database, SeminarTable } from '../tables';

const HOUR_MS = 3_600_000;
const defaultEnd = (startsAt: Date) => new Date(startsAt.getTime() + DEFAULT_SEMINAR_HOURS * HOUR_MS);

function toSeminar(r: Selectable<SeminarTable>): Seminar {
  const startsAt = date(r.starts_at);
  return {
    id: r.id,
    collaborativeId: r.collaborative_id,
    region: r.region as Seminar['region'],
    title: r.title,
    startsAt,
    endsAt: r.ends_at ? date(r.ends_at) : defaultEnd(startsAt),
    location: r.location,
    onlineUrl: r.online_url,
    agenda: r.agenda,
    materialUrl: r.material_url,
    reminderDaysBefore: fromJson(r.reminder_days_json),
    cancelledAt: dateOrNull(r.cancelled_at),
    createdBy: r.created_by,
    createdAt: date(r.created_at),
    sequence: Number(r.sequence),
    updatedAt: date(r.updated_at ?? r.created_at),
  };
}

async function checked(trx: Kysely<Database>, input: SeminarInput) {
  const p = parseInput(seminarInput, input);
  if (!(await trx.selectFrom('collaboratives').select('id').where('id', '=', p.collaborativeId).executeTakeFirst()))
    throw new DomainError('UNKNOWN_COLLABORATIVE', {});
  return {
    id: p.id,
    collaborative_id: p.collaborativeId,
    region: p.region,
    title: p.title,
    starts_at: iso(p.startsAt),
    ends_at: iso(p.endsAt ?? defaultEnd(p.startsAt)),
    location: p.location,
    online_url: p.onlineUrl,
    agenda: p.agenda,
    material_url: p.materialUrl,
    reminder_days_json: toJson([...new Set(p.reminderDaysBefore)].sort((a, b) => b - a)),
  };
}

/** Learning seminars and RSVPs on Kysely. */
export function createSeminarRepo(db: Kysely<Database>): SeminarRepo {
  const get = async (id: string) => {
    const r = await db.selectFrom('seminars').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toSeminar(r) : null;
  };
  return {
    get,
    async create(input, actor) {
      return inTransaction(db, async (trx) => {
        const { id, ...cols } = await checked(trx, input);
        const at = iso(actor.at);
        const row = {
          ...cols,
          id: id ?? newId(),
          cancelled_at: null,
          created_by: actor.personId,
          created_at: at,
          sequence: 0,
          updated_at: at,
        };
        if (await createSeminarRepo(trx).get(row.id)) throw new DomainError('DUPLICATE', { field: 'id' });
        await trx.insertInto('seminars').values(row).execute();
        const created = toSeminar(row);
        await appendAudit(trx, actor, 'seminar', row.id, 'create', null, created);
        return created;
      });
    },
    async update(id, patch, actor) {
      return inTransaction(db, async (trx) => {
        const old = await createSeminarRepo(trx).get(id);
        if (!old) throw new DomainError('NOT_FOUND', {});
        // A new start without a new end keeps the seminar's length.
        const endsAt =
          patch.endsAt ??
          (patch.startsAt
            ? new Date(new Date(patch.startsAt).getTime() + (old.endsAt.getTime() - old.startsAt.getTime()))
            : old.endsAt);
        const { id: _same, ...cols } = await checked(trx, { ...old, ...patch, endsAt, id });
        const next = { ...cols, sequence: old.sequence + 1, updated_at: iso(actor.at) };
        await trx.updateTable('seminars').set(next).where('id', '=', id).execute();
        const updated = (await createSeminarRepo(trx).get(id))!;
        await appendAudit(trx, actor, 'seminar', id, 'update', old, updated);
        return updated;
      });
    },
    async cancel(id, actor) {
      return inTransaction(db, async (trx) => {
        const old = await createSeminarRepo(trx).get(id);
        if (!old) throw new DomainError('NOT_FOUND', {});
        if (old.cancelledAt) return old;
        const at = iso(actor.at);
        await trx
          .updateTable('seminars')
          .set({ cancelled_at: at, sequence: old.sequence + 1, updated_at: at })
          .where('id', '=', id)
          .execute();
        const updated = (await createSeminarRepo(trx).get(id))!;
        await appendAudit(trx, actor, 'seminar', id, 'update', old, updated);
        return updated;
      });
    },
    async listByCollaborative(collaborativeId) {
      const rows = await db
        .selectFrom('seminars')
        .selectAll()
        .where('collaborative_id', '=', collaborativeId)
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map(toSeminar);
    },
    async rsvp(seminarId, personId, attending, at) {
      await inTransaction(db, async (trx) => {
        if (!(await createSeminarRepo(trx).get(seminarId))) throw new DomainError('NOT_FOUND', {});
        if (!(await trx.selectFrom('persons').select('id').where('id', '=', personId).executeTakeFirst()))
          throw new DomainError('UNKNOWN_PERSON', {});
        const old = await trx
          .selectFrom('seminar_rsvps')
          .selectAll()
          .where('seminar_id', '=', seminarId)
          .where('person_id', '=', personId)
          .executeTakeFirst();
        const row = { seminar_id: seminarId, person_id: personId, attending: attending ? 1 : 0, answered_at: iso(at) };
        await trx
          .insertInto('seminar_rsvps')
          .values(row)
          .onConflict((oc) =>
            oc
              .columns(['seminar_id', 'person_id'])
              .doUpdateSet({ attending: row.attending, answered_at: row.answered_at }),
          )
          .execute();
        await appendAudit(
          trx,
          { personId, at },
          'seminar_rsvp',
          `${seminarId}:${personId}`,
          old ? 'update' : 'create',
          old ? { attending: old.attending === 1 } : null,
          { attending },
        );
      });
    },
    async rsvps(seminarId) {
      const rows = await db
        .selectFrom('seminar_rsvps')
        .selectAll()
        .where('seminar_id', '=', seminarId)
        .orderBy('answered_at')
        .orderBy('person_id')
        .execute();
      return rows.map((r) => ({
        seminarId: r.seminar_id,
        personId: r.person_id,
        attending: Number(r.attending) === 1,
        answeredAt: date(r.answered_at),
      }));
    },
  };
}
