import type { Kysely, Selectable } from 'kysely';
import * as pgJson from 'kysely/helpers/postgres';
import * as sqliteJson from 'kysely/helpers/sqlite';
import type { TurnStartRepo } from '../../domain/ports/conversation-repos';
import { compiledStatement } from '../compiled-statement';
import { dialectOf } from '../dialect-of';
import type { ConversationRefTable, Database, MembershipTable, PersonIdentityTable, PersonTable } from '../tables';
import { toRef } from './conversation-ref-repo';
import { toMembership } from './membership-repo';
import { toPerson } from './person-repo';

const PERSON = ['id', 'display_name', 'email', 'locale', 'time_zone', 'deleted_at', 'created_at'] as const;
const IDENTITY = ['held.person_id', 'held.platform', 'held.tenant_id', 'held.user_id'] as const;
const MEMBERSHIP = ['id', 'person_id', 'role', 'team_id', 'collaborative_id', 'region', 'created_at'] as const;
const REF = [
  'id',
  'platform',
  'tenant_id',
  'conversation_id',
  'kind',
  'person_id',
  'team_id',
  'reference_json',
  'dead_at',
  'updated_at',
] as const;

/** SQLite's JSON helpers return text; PostgreSQL's pg driver has already parsed json. */
const parsed = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const byKeys =
  <T>(...keys: ((x: T) => string)[]) =>
  (a: T, b: T) => {
    for (const k of keys) {
      const d = k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0;
      if (d) return d;
    }
    return 0;
  };

/** The turn start's statement: JSON sub-selects by dialect (kysely/helpers/postgres or /sqlite), compiled once. */
const turnStart = compiledStatement(
  (
    db: Kysely<Database>,
    a: { platform: string; userTenantId: string; userId: string; tenantId: string; conversationId: string },
  ) => {
    const json = dialectOf(db) === 'postgres' ? pgJson : sqliteJson;
    const owned = () =>
      db
        .selectFrom('person_identities as owned')
        .where('owned.platform', '=', a.platform)
        .where('owned.tenant_id', '=', a.userTenantId)
        .where('owned.user_id', '=', a.userId);
    return db.selectNoFrom([
      json
        .jsonObjectFrom(
          owned()
            .innerJoin('persons', 'persons.id', 'owned.person_id')
            .select(PERSON.map((c) => `persons.${c}` as const)),
        )
        .as('person'),
      json
        .jsonArrayFrom(
          owned()
            .innerJoin('person_identities as held', 'held.person_id', 'owned.person_id')
            .select([...IDENTITY]),
        )
        .as('identities'),
      json
        .jsonArrayFrom(
          owned()
            .innerJoin('memberships', 'memberships.person_id', 'owned.person_id')
            .select(MEMBERSHIP.map((c) => `memberships.${c}` as const)),
        )
        .as('memberships'),
      json
        .jsonObjectFrom(
          db
            .selectFrom('conversation_refs')
            .select([...REF])
            .where('platform', '=', a.platform)
            .where('tenant_id', '=', a.tenantId)
            .where('conversation_id', '=', a.conversationId),
        )
        .as('ref'),
      db.selectFrom('reference_version').select('version').where('id', '=', 1).as('referenceVersion'),
    ]);
  },
);

/**
 * A turn's start on Kysely: the identity's owner with all their identities, their memberships and the stored
 * conversation, as JSON sub-selects of one statement, and the reference version (see reference-cache.ts).
 */
export function createTurnStartRepo(db: Kysely<Database>): TurnStartRepo {
  return {
    async load(identity, conversation) {
      const [row] = (
        await turnStart(db, {
          platform: identity.platform,
          userTenantId: identity.tenantId,
          userId: identity.userId,
          tenantId: conversation.tenantId,
          conversationId: conversation.conversationId,
        })
      ).rows;
      if (!row) throw new Error('the turn start statement returned no row');
      const person = parsed<Selectable<PersonTable> | null>(row.person);
      const ids = parsed<Selectable<PersonIdentityTable>[]>(row.identities).sort(
        byKeys(
          (i) => i.platform,
          (i) => i.tenant_id,
          (i) => i.user_id,
        ),
      );
      const memberships = parsed<Selectable<MembershipTable>[]>(row.memberships).sort(
        byKeys(
          (m) => m.created_at,
          (m) => m.id,
        ),
      );
      const ref = parsed<Selectable<ConversationRefTable> | null>(row.ref);
      return {
        person: person ? toPerson(person, ids) : null,
        memberships: person ? memberships.map(toMembership) : [],
        conversationRef: ref ? toRef(ref) : null,
        referenceVersion: row.referenceVersion === null ? null : Number(row.referenceVersion),
      };
    },
  };
}
