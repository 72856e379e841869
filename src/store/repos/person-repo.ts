import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import { chatIdentity, personInput, type ChatIdentity, type Person } from '../../domain/model/organisation';
import type { PersonRepo } from '../../domain/ports/organisation-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, dateOrNull, iso, newId } from '../codec';
import { isUniqueViolation } from '../db-errors';
import { inTransaction } from '../in-transaction';
import type { Database, PersonIdentityTable, PersonTable } from '../tables';

/** Display name of an anonymised person (data-protection deletion). */
const ANONYMISED_NAME = 'slettet bruger';

/** A person row and its identity rows as a Person. */
export function toPerson(r: Selectable<PersonTable>, ids: Selectable<PersonIdentityTable>[]): Person {
  return {
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    locale: r.locale as Person['locale'],
    timeZone: r.time_zone,
    identities: ids.map((i) => ({
      platform: i.platform as ChatIdentity['platform'],
      tenantId: i.tenant_id,
      userId: i.user_id,
    })),
    deletedAt: dateOrNull(r.deleted_at),
    createdAt: date(r.created_at),
  };
}

/** People and their chat identities on Kysely. */
export function createPersonRepo(db: Kysely<Database>): PersonRepo {
  async function load(rows: Selectable<PersonTable>[]): Promise<Person[]> {
    if (rows.length === 0) return [];
    const ids = await db
      .selectFrom('person_identities')
      .selectAll()
      .where(
        'person_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('platform')
      .orderBy('tenant_id')
      .orderBy('user_id')
      .execute();
    return rows.map((r) =>
      toPerson(
        r,
        ids.filter((i) => i.person_id === r.id),
      ),
    );
  }
  const get = async (id: string) => {
    const r = await db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? ((await load([r]))[0] ?? null) : null;
  };
  const ownerOf = async (trx: Kysely<Database>, i: ChatIdentity) =>
    (
      await trx
        .selectFrom('person_identities')
        .select('person_id')
        .where('platform', '=', i.platform)
        .where('tenant_id', '=', i.tenantId)
        .where('user_id', '=', i.userId)
        .executeTakeFirst()
    )?.person_id ?? null;

  return {
    get,
    async create(input, actor) {
      const p = parseInput(personInput, input);
      const row = {
        id: p.id ?? newId(),
        display_name: p.displayName,
        email: p.email ?? null,
        locale: p.locale,
        time_zone: p.timeZone,
        deleted_at: null,
        created_at: iso(actor.at),
      };
      return inTransaction(db, async (trx) => {
        for (const i of p.identities)
          if ((await ownerOf(trx, i)) !== null) throw new DomainError('CONFLICT', { field: 'identities' });
        try {
          await trx.insertInto('persons').values(row).execute();
          for (const i of p.identities)
            await trx
              .insertInto('person_identities')
              .values({ person_id: row.id, platform: i.platform, tenant_id: i.tenantId, user_id: i.userId })
              .execute();
        } catch (err) {
          if (isUniqueViolation(err)) throw new DomainError('CONFLICT', { field: 'id' });
          throw err;
        }
        const created = (await createPersonRepo(trx).get(row.id))!;
        await appendAudit(trx, actor, 'person', row.id, 'create', null, created);
        return created;
      });
    },
    async update(id, patch, actor) {
      return inTransaction(db, async (trx) => {
        const old = await createPersonRepo(trx).get(id);
        if (!old) throw new DomainError('UNKNOWN_PERSON', {});
        const p = parseInput(personInput, { ...old, ...patch, id, identities: old.identities });
        await trx
          .updateTable('persons')
          .set({ display_name: p.displayName, email: p.email ?? null, locale: p.locale, time_zone: p.timeZone })
          .where('id', '=', id)
          .execute();
        const updated = (await createPersonRepo(trx).get(id))!;
        await appendAudit(trx, actor, 'person', id, 'update', old, updated);
        return updated;
      });
    },
    async findByIdentity(identity) {
      // One round trip on every turn: the owner of the identity, one row per identity the owner has.
      const rows = await db
        .selectFrom('person_identities as owned')
        .innerJoin('persons', 'persons.id', 'owned.person_id')
        .innerJoin('person_identities as held', 'held.person_id', 'persons.id')
        .selectAll('persons')
        .select(['held.person_id', 'held.platform', 'held.tenant_id', 'held.user_id'])
        .where('owned.platform', '=', identity.platform)
        .where('owned.tenant_id', '=', identity.tenantId)
        .where('owned.user_id', '=', identity.userId)
        .orderBy('held.platform')
        .orderBy('held.tenant_id')
        .orderBy('held.user_id')
        .execute();
      return rows[0] ? toPerson(rows[0], rows) : null;
    },
    async findByEmail(email) {
      const r = await db
        .selectFrom('persons')
        .selectAll()
        .where('email', '=', email.trim().toLowerCase())
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .executeTakeFirst();
      return r ? ((await load([r]))[0] ?? null) : null;
    },
    async linkIdentity(personId, identity, actor) {
      const i = parseInput(chatIdentity, identity);
      return inTransaction(db, async (trx) => {
        const repo = createPersonRepo(trx);
        const old = await repo.get(personId);
        if (!old) throw new DomainError('UNKNOWN_PERSON', {});
        const owner = await ownerOf(trx, i);
        if (owner === personId) return old;
        if (owner !== null) throw new DomainError('CONFLICT', { field: 'identity' });
        await trx
          .insertInto('person_identities')
          .values({ person_id: personId, platform: i.platform, tenant_id: i.tenantId, user_id: i.userId })
          .execute();
        const updated = (await repo.get(personId))!;
        await appendAudit(trx, actor, 'person', personId, 'update', old, updated);
        return updated;
      });
    },
    async list() {
      return load(await db.selectFrom('persons').selectAll().orderBy('display_name').orderBy('id').execute());
    },
    async anonymise(id, actor) {
      await inTransaction(db, async (trx) => {
        const old = await createPersonRepo(trx).get(id);
        if (!old) throw new DomainError('UNKNOWN_PERSON', {});
        await trx.deleteFrom('person_identities').where('person_id', '=', id).execute();
        await trx
          .updateTable('persons')
          .set({ display_name: ANONYMISED_NAME, email: null, deleted_at: iso(actor.at) })
          .where('id', '=', id)
          .execute();
        // The audit trail keeps who/when/what of every earlier change, but the person's own name, email and
        // chat ids are erased from it too: keeping them in old/new values would defeat the deletion.
        await trx
          .updateTable('audit_log')
          .set({ old_json: null, new_json: null })
          .where('entity', '=', 'person')
          .where('entity_id', '=', id)
          .execute();
        await appendAudit(trx, actor, 'person', id, 'anonymise', null, { id, deletedAt: actor.at });
      });
    },
  };
}
