import { sql, type Kysely, type Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import { membershipInput, type Membership } from '../../domain/model/organisation';
import type { MembershipRepo } from '../../domain/ports/organisation-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, iso, newId } from '../codec';
import { inTransaction } from '../in-transaction';
import type { Database, MembershipTable } from '../tables';

/** The columns of the memberships_unique_scope index (migration 005). */
const SCOPE_KEY = sql`person_id, role, coalesce(team_id, ''), coalesce(collaborative_id, ''), coalesce(region, '')`;

/** A membership row as a Membership. */
export function toMembership(r: Selectable<MembershipTable>): Membership {
  return {
    id: r.id,
    personId: r.person_id,
    role: r.role as Membership['role'],
    teamId: r.team_id,
    collaborativeId: r.collaborative_id,
    region: r.region as Membership['region'],
    createdAt: date(r.created_at),
  };
}

/** Roles in scopes on Kysely. */
export function createMembershipRepo(db: Kysely<Database>): MembershipRepo {
  const list = async (column: 'person_id' | 'team_id' | 'collaborative_id' | 'role', value: string) =>
    (
      await db
        .selectFrom('memberships')
        .selectAll()
        .where(column, '=', value)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    ).map(toMembership);
  return {
    async grant(input, actor) {
      const p = parseInput(membershipInput, input);
      return inTransaction(db, async (trx) => {
        const person = await trx.selectFrom('persons').select('id').where('id', '=', p.personId).executeTakeFirst();
        if (!person) throw new DomainError('UNKNOWN_PERSON', {});
        if (p.teamId && !(await trx.selectFrom('teams').select('id').where('id', '=', p.teamId).executeTakeFirst()))
          throw new DomainError('UNKNOWN_TEAM', {});
        if (
          p.collaborativeId &&
          !(await trx.selectFrom('collaboratives').select('id').where('id', '=', p.collaborativeId).executeTakeFirst())
        )
          throw new DomainError('UNKNOWN_COLLABORATIVE', {});
        const row = {
          id: newId(),
          person_id: p.personId,
          role: p.role,
          team_id: p.teamId,
          collaborative_id: p.collaborativeId,
          region: p.region,
          created_at: iso(actor.at),
        };
        // Conflict target = the unique index on (person, role, scope): a repeated grant inserts nothing.
        const inserted = await trx
          .insertInto('memberships')
          .values(row)
          .onConflict((oc) => oc.expression(SCOPE_KEY).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) {
          const same = await trx
            .selectFrom('memberships')
            .selectAll()
            .where('person_id', '=', p.personId)
            .where('role', '=', p.role)
            .where(sql<string>`coalesce(team_id, '')`, '=', p.teamId ?? '')
            .where(sql<string>`coalesce(collaborative_id, '')`, '=', p.collaborativeId ?? '')
            .where(sql<string>`coalesce(region, '')`, '=', p.region ?? '')
            .executeTakeFirstOrThrow();
          return toMembership(same);
        }
        const created = toMembership(row);
        await appendAudit(trx, actor, 'membership', row.id, 'create', null, created);
        return created;
      });
    },
    async revoke(id, actor) {
      await inTransaction(db, async (trx) => {
        const old = await trx.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
        if (!old) throw new DomainError('NOT_FOUND', {});
        await trx.deleteFrom('memberships').where('id', '=', id).execute();
        await appendAudit(trx, actor, 'membership', id, 'delete', toMembership(old), null);
      });
    },
    listForPerson: (personId) => list('person_id', personId),
    listForTeam: (teamId) => list('team_id', teamId),
    listForCollaborative: (collaborativeId) => list('collaborative_id', collaborativeId),
    listByRole: (role) => list('role', role),
  };
}
