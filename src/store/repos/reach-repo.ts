import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { id } from '../../domain/model/common';
import { REACH_FAILURES, REACH_PLATFORMS, type ReachStatus } from '../../domain/model/reach';
import type { ReachRepo } from '../../domain/ports/reach-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { date, iso } from '../codec';
import type { Database, ReachStatusTable } from '../tables';

const statusInput = z.object({
  personId: id,
  platform: z.enum(REACH_PLATFORMS),
  tenantId: z.string().min(1).max(200),
  state: z.enum(['reached', 'failed']),
  reason: z.enum(REACH_FAILURES).nullable(),
  detail: z.string().max(500).nullable(),
});

function toStatus(r: Selectable<ReachStatusTable>): ReachStatus {
  return {
    personId: r.person_id,
    platform: r.platform as ReachStatus['platform'],
    tenantId: r.tenant_id,
    state: r.state as ReachStatus['state'],
    reason: r.reason as ReachStatus['reason'],
    detail: r.detail,
    attempts: Number(r.attempts),
    updatedAt: date(r.updated_at),
  };
}

/** Reach outcomes on Kysely: one row per person and platform. Technical delivery data: not audited. */
export function createReachRepo(db: Kysely<Database>): ReachRepo {
  return {
    async record(status, at) {
      const p = parseInput(statusInput, status);
      const failed = p.state === 'failed';
      const row = {
        person_id: p.personId,
        platform: p.platform,
        tenant_id: p.tenantId,
        state: p.state,
        reason: failed ? p.reason : null,
        detail: p.detail,
        attempts: failed ? 1 : 0,
        updated_at: iso(at),
      };
      const r = await db
        .insertInto('reach_status')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['person_id', 'platform']).doUpdateSet((eb) => ({
            tenant_id: row.tenant_id,
            state: row.state,
            reason: row.reason,
            detail: row.detail,
            attempts: failed ? eb(eb.ref('reach_status.attempts'), '+', 1) : 0,
            updated_at: row.updated_at,
          })),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toStatus(r);
    },
    async get(personId, platform) {
      const r = await db
        .selectFrom('reach_status')
        .selectAll()
        .where('person_id', '=', personId)
        .where('platform', '=', platform)
        .executeTakeFirst();
      return r ? toStatus(r) : null;
    },
    async forPerson(personId) {
      const rows = await db
        .selectFrom('reach_status')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('platform')
        .execute();
      return rows.map(toStatus);
    },
  };
}
