import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { PAUSE_KINDS, type ContactPrefs } from '../../domain/model/reach';
import type { ContactPrefsRepo } from '../../domain/ports/reach-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { dateOrNull, fromJson, iso, toJson } from '../codec';
import type { ContactPrefsTable, Database } from '../tables';

const pausedInput = z.array(z.enum(PAUSE_KINDS));

function toPrefs(r: Selectable<ContactPrefsTable>): ContactPrefs {
  return { personId: r.person_id, introducedAt: dateOrNull(r.introduced_at), paused: fromJson(r.paused_json) };
}

/** Contact settings on Kysely. The person's own setting, written without an Actor: not audited. */
export function createContactPrefsRepo(db: Kysely<Database>): ContactPrefsRepo {
  const ensure = (personId: string, at: Date) =>
    db
      .insertInto('contact_prefs')
      .values({ person_id: personId, introduced_at: null, paused_json: '[]', updated_at: iso(at) })
      .onConflict((oc) => oc.column('person_id').doNothing())
      .execute();
  return {
    async get(personId) {
      const r = await db.selectFrom('contact_prefs').selectAll().where('person_id', '=', personId).executeTakeFirst();
      return r ? toPrefs(r) : { personId, introducedAt: null, paused: [] };
    },
    async claimIntroduction(personId, at) {
      await ensure(personId, at);
      const r = await db
        .updateTable('contact_prefs')
        .set({ introduced_at: iso(at), updated_at: iso(at) })
        .where('person_id', '=', personId)
        .where('introduced_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async releaseIntroduction(personId) {
      await db.updateTable('contact_prefs').set({ introduced_at: null }).where('person_id', '=', personId).execute();
    },
    async setPaused(personId, paused, at) {
      const kinds = PAUSE_KINDS.filter((k) => parseInput(pausedInput, paused).includes(k));
      await ensure(personId, at);
      const r = await db
        .updateTable('contact_prefs')
        .set({ paused_json: toJson(kinds), updated_at: iso(at) })
        .where('person_id', '=', personId)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPrefs(r);
    },
  };
}
