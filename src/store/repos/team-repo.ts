import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import { teamInput, type Team } from '../../domain/model/organisation';
import type { TeamRepo } from '../../domain/ports/organisation-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, foldKey, iso, newId } from '../codec';
import { isUniqueViolation } from '../db-errors';
import { inTransaction } from '../in-transaction';
import { bumpReferenceVersion, throughView, type ReferenceView } from '../reference-cache';
import type { Database, TeamTable } from '../tables';

function toTeam(r: Selectable<TeamTable>): Team {
  return {
    id: r.id,
    collaborativeId: r.collaborative_id,
    name: r.name,
    department: r.department,
    region: r.region as Team['region'],
    municipality: r.municipality,
    createdAt: date(r.created_at),
  };
}

async function requireCollaborative(db: Kysely<Database>, id: string): Promise<void> {
  const c = await db.selectFrom('collaboratives').select('id').where('id', '=', id).executeTakeFirst();
  if (!c) throw new DomainError('UNKNOWN_COLLABORATIVE', {});
}

/** The stored columns of a checked team (everything but id and created_at). */
function columns(p: ReturnType<typeof teamInput.parse>) {
  return {
    collaborative_id: p.collaborativeId,
    name: p.name,
    name_key: foldKey(p.name),
    department: p.department,
    region: p.region,
    municipality: p.municipality,
  };
}

/** Teams on Kysely. */
export function createTeamRepo(db: Kysely<Database>, view?: ReferenceView | null): TeamRepo {
  const get = (id: string) =>
    throughView(view, `team:${id}`, async () => {
      const r = await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toTeam(r) : null;
    });
  return {
    get,
    async create(input, actor) {
      const p = parseInput(teamInput, input);
      const row = { id: p.id ?? newId(), ...columns(p), created_at: iso(actor.at) };
      return inTransaction(db, async (trx) => {
        await requireCollaborative(trx, p.collaborativeId);
        await bumpReferenceVersion(trx, view);
        try {
          await trx.insertInto('teams').values(row).execute();
        } catch (err) {
          if (isUniqueViolation(err)) throw new DomainError('DUPLICATE', { field: 'id' });
          throw err;
        }
        const created = toTeam(row);
        await appendAudit(trx, actor, 'team', row.id, 'create', null, created);
        return created;
      });
    },
    async update(id, patch, actor) {
      return inTransaction(db, async (trx) => {
        await bumpReferenceVersion(trx, view);
        const old = await createTeamRepo(trx).get(id);
        if (!old) throw new DomainError('UNKNOWN_TEAM', {});
        const p = parseInput(teamInput, { ...old, createdAt: undefined, ...patch, id });
        if (p.collaborativeId !== old.collaborativeId) await requireCollaborative(trx, p.collaborativeId);
        await trx.updateTable('teams').set(columns(p)).where('id', '=', id).execute();
        const updated: Team = { ...old, ...p, id };
        await appendAudit(trx, actor, 'team', id, 'update', old, updated);
        return updated;
      });
    },
    async findByName(collaborativeId, name) {
      const r = await db
        .selectFrom('teams')
        .selectAll()
        .where('collaborative_id', '=', collaborativeId)
        .where('name_key', '=', foldKey(name))
        .orderBy('created_at')
        .executeTakeFirst();
      return r ? toTeam(r) : null;
    },
    async listByCollaborative(collaborativeId) {
      const rows = await db
        .selectFrom('teams')
        .selectAll()
        .where('collaborative_id', '=', collaborativeId)
        .orderBy('name_key')
        .execute();
      return rows.map(toTeam);
    },
    async list() {
      const rows = await db.selectFrom('teams').selectAll().orderBy('name_key').execute();
      return rows.map(toTeam);
    },
  };
}
