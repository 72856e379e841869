import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { PLATFORMS } from '../../domain/model/common';
import type { ConversationRef } from '../../domain/model/delivery';
import type { ConversationRefRepo } from '../../domain/ports/conversation-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { date, dateOrNull, fromJson, iso, newId, toJson } from '../codec';
import type { ConversationRefTable, Database } from '../tables';

const refInput = z.object({
  platform: z.enum(PLATFORMS),
  tenantId: z.string().min(1).max(200),
  conversationId: z.string().min(1).max(1000),
  kind: z.enum(['personal', 'group', 'channel']),
  personId: z.string().min(1).max(64).nullable(),
  teamId: z.string().min(1).max(64).nullable(),
  reference: z.record(z.unknown()),
});

/** A conversation_refs row as a ConversationRef. */
export function toRef(r: Selectable<ConversationRefTable>): ConversationRef {
  return {
    id: r.id,
    platform: r.platform as ConversationRef['platform'],
    tenantId: r.tenant_id,
    conversationId: r.conversation_id,
    kind: r.kind as ConversationRef['kind'],
    personId: r.person_id,
    teamId: r.team_id,
    reference: fromJson(r.reference_json),
    deadAt: dateOrNull(r.dead_at),
    updatedAt: date(r.updated_at),
  };
}

/** Conversation references on Kysely. Technical delivery data: not audited. */
export function createConversationRefRepo(db: Kysely<Database>): ConversationRefRepo {
  const find = async (platform: string, tenantId: string, conversationId: string) => {
    const r = await db
      .selectFrom('conversation_refs')
      .selectAll()
      .where('platform', '=', platform)
      .where('tenant_id', '=', tenantId)
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return r ? toRef(r) : null;
  };
  return {
    find,
    async upsert(ref, at) {
      const p = parseInput(refInput, ref);
      const row = {
        id: newId(),
        platform: p.platform,
        tenant_id: p.tenantId,
        conversation_id: p.conversationId,
        kind: p.kind,
        person_id: p.personId,
        team_id: p.teamId,
        reference_json: toJson(p.reference),
        dead_at: null,
        updated_at: iso(at),
      };
      const r = await db
        .insertInto('conversation_refs')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['platform', 'tenant_id', 'conversation_id']).doUpdateSet({
            kind: row.kind,
            person_id: row.person_id,
            team_id: row.team_id,
            reference_json: row.reference_json,
            dead_at: null,
            updated_at: row.updated_at,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRef(r);
    },
    async get(id) {
      const r = await db.selectFrom('conversation_refs').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toRef(r) : null;
    },
    async forPerson(personId) {
      const rows = await db
        .selectFrom('conversation_refs')
        .selectAll()
        .where('person_id', '=', personId)
        .where('kind', '=', 'personal')
        .where('dead_at', 'is', null)
        .orderBy('updated_at', 'desc')
        .execute();
      return rows.map(toRef);
    },
    async forTeam(teamId) {
      const rows = await db
        .selectFrom('conversation_refs')
        .selectAll()
        .where('team_id', '=', teamId)
        .where('dead_at', 'is', null)
        .orderBy('updated_at', 'desc')
        .execute();
      return rows.map(toRef);
    },
    async listLive(platform, tenantId) {
      const rows = await db
        .selectFrom('conversation_refs')
        .selectAll()
        .where('platform', '=', platform)
        .where('tenant_id', '=', tenantId)
        .where('dead_at', 'is', null)
        .orderBy('updated_at', 'desc')
        .execute();
      return rows.map(toRef);
    },
    async linkTeam(id, teamId, at) {
      await db
        .updateTable('conversation_refs')
        .set({ team_id: teamId, updated_at: iso(at) })
        .where('id', '=', id)
        .execute();
    },
    async markDead(id, at) {
      await db
        .updateTable('conversation_refs')
        .set({ dead_at: iso(at) })
        .where('id', '=', id)
        .execute();
    },
  };
}
