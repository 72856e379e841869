import { DateTime } from 'luxon';
import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import { collaborativeInput, type Collaborative } from '../../domain/model/organisation';
import type { CollaborativeRepo } from '../../domain/ports/organisation-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, foldKey, iso, newId } from '../codec';
import { isUniqueViolation } from '../db-errors';
import { inTransaction } from '../in-transaction';
import { bumpReferenceVersion, throughView, type ReferenceView } from '../reference-cache';
import type { CollaborativeTable, Database } from '../tables';

/** Default length of a collaborative (LKT runs two years). */
const DEFAULT_YEARS = 2;

function toCollaborative(r: Selectable<CollaborativeTable>): Collaborative {
  return {
    id: r.id,
    name: r.name,
    clinicalArea: r.clinical_area,
    startDate: r.start_date,
    endDate: r.end_date,
    goals: r.goals,
    createdAt: date(r.created_at),
  };
}

function checked(input: unknown): {
  id?: string;
  name: string;
  clinicalArea: string;
  startDate: string;
  endDate: string;
  goals: string | null;
} {
  const p = parseInput(collaborativeInput, input);
  const start = DateTime.fromISO(p.startDate, { zone: 'utc' });
  if (!start.isValid) throw new DomainError('VALIDATION_FAILED', { field: 'startDate' });
  const endDate = p.endDate ?? start.plus({ years: DEFAULT_YEARS }).minus({ days: 1 }).toISODate()!;
  if (!DateTime.fromISO(endDate, { zone: 'utc' }).isValid || endDate < p.startDate)
    throw new DomainError('VALIDATION_FAILED', { field: 'endDate' });
  return { ...p, endDate };
}

/** The stored columns of a checked collaborative (everything but id and created_at). */
function columns(p: ReturnType<typeof checked>) {
  return {
    name: p.name,
    name_key: foldKey(p.name),
    clinical_area: p.clinicalArea,
    start_date: p.startDate,
    end_date: p.endDate,
    goals: p.goals,
  };
}

/** Collaboratives on Kysely. */
export function createCollaborativeRepo(db: Kysely<Database>, view?: ReferenceView | null): CollaborativeRepo {
  const get = (id: string) =>
    throughView(view, `collaborative:${id}`, async () => {
      const r = await db.selectFrom('collaboratives').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toCollaborative(r) : null;
    });
  return {
    get,
    async create(input, actor) {
      const p = checked(input);
      const row = { id: p.id ?? newId(), ...columns(p), created_at: iso(actor.at) };
      return inTransaction(db, async (trx) => {
        await bumpReferenceVersion(trx, view);
        try {
          await trx.insertInto('collaboratives').values(row).execute();
        } catch (err) {
          if (isUniqueViolation(err)) throw new DomainError('DUPLICATE', { field: 'id' });
          throw err;
        }
        const created = toCollaborative(row);
        await appendAudit(trx, actor, 'collaborative', row.id, 'create', null, created);
        return created;
      });
    },
    async update(id, patch, actor) {
      return inTransaction(db, async (trx) => {
        await bumpReferenceVersion(trx, view);
        const old = await createCollaborativeRepo(trx).get(id);
        if (!old) throw new DomainError('UNKNOWN_COLLABORATIVE', {});
        const p = checked({ ...old, createdAt: undefined, ...patch, id });
        await trx.updateTable('collaboratives').set(columns(p)).where('id', '=', id).execute();
        const updated: Collaborative = { ...old, ...p, id };
        await appendAudit(trx, actor, 'collaborative', id, 'update', old, updated);
        return updated;
      });
    },
    async findByName(name) {
      const r = await db
        .selectFrom('collaboratives')
        .selectAll()
        .where('name_key', '=', foldKey(name))
        .orderBy('created_at')
        .executeTakeFirst();
      return r ? toCollaborative(r) : null;
    },
    async list() {
      const rows = await db
        .selectFrom('collaboratives')
        .selectAll()
        .orderBy('start_date')
        .orderBy('name_key')
        .execute();
      return rows.map(toCollaborative);
    },
  };
}
