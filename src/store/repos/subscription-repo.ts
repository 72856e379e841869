import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { id } from '../../domain/model/common';
import type { SponsorSubscription } from '../../domain/model/plans';
import type { SubscriptionRepo } from '../../domain/ports/schedule-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import type { Database, SubscriptionTable } from '../tables';

const subscriptionInput = z.object({
  personId: id,
  teamId: id,
  weekday: z.number().int().min(1).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
  paused: z.boolean(),
});

function toSubscription(r: Selectable<SubscriptionTable>): SponsorSubscription {
  return {
    personId: r.person_id,
    teamId: r.team_id,
    weekday: Number(r.weekday),
    time: r.time,
    paused: Number(r.paused) === 1,
  };
}

/** Sponsor subscriptions on Kysely. A person's own setting, written without an Actor: not audited. */
export function createSubscriptionRepo(db: Kysely<Database>): SubscriptionRepo {
  return {
    async upsert(sub) {
      const p = parseInput(subscriptionInput, sub);
      if (!(await db.selectFrom('persons').select('id').where('id', '=', p.personId).executeTakeFirst()))
        throw new DomainError('UNKNOWN_PERSON', {});
      if (!(await db.selectFrom('teams').select('id').where('id', '=', p.teamId).executeTakeFirst()))
        throw new DomainError('UNKNOWN_TEAM', {});
      const row = {
        person_id: p.personId,
        team_id: p.teamId,
        weekday: p.weekday,
        time: p.time,
        paused: p.paused ? 1 : 0,
      };
      await db
        .insertInto('sponsor_subscriptions')
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(['person_id', 'team_id'])
            .doUpdateSet({ weekday: row.weekday, time: row.time, paused: row.paused }),
        )
        .execute();
    },
    async listForPerson(personId) {
      const rows = await db
        .selectFrom('sponsor_subscriptions')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('team_id')
        .execute();
      return rows.map(toSubscription);
    },
    async listActive() {
      const rows = await db
        .selectFrom('sponsor_subscriptions')
        .selectAll()
        .where('paused', '=', 0)
        .orderBy('person_id')
        .orderBy('team_id')
        .execute();
      return rows.map(toSubscription);
    },
  };
}
