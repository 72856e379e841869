import { randomInt } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { id } from '../../domain/model/common';
import { ROLES, type Invite } from '../../domain/model/organisation';
import type { InviteRepo } from '../../domain/ports/organisation-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, iso } from '../codec';
import { inTransaction } from '../in-transaction';
import type { Database, InviteTable } from '../tables';

/** Upper-case letters without look-alikes (I, L, O); no digits, so a code never looks like a date or a CPR number. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ';
/** 12 of 23 letters ≈ 54 bits: guessing one live code takes ~10^16 tries, and failed joins are throttled. */
const CODE_LENGTH = 12;

const inviteInput = z.object({
  teamId: id,
  role: z.enum(ROLES),
  expiresAt: z.date().refine((d) => !Number.isNaN(d.getTime())),
});

function toInvite(r: Selectable<InviteTable>): Invite {
  return {
    code: r.code,
    teamId: r.team_id,
    role: r.role as Invite['role'],
    createdBy: r.created_by,
    createdAt: date(r.created_at),
    expiresAt: date(r.expires_at),
    revokedAt: r.revoked_at ? date(r.revoked_at) : null,
  };
}

/** How people type a code: any case, with spaces or dashes between groups. */
function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

function newCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

/** Team invite codes on Kysely. */
export function createInviteRepo(db: Kysely<Database>): InviteRepo {
  const get = async (code: string) => {
    const r = await db.selectFrom('invites').selectAll().where('code', '=', normaliseCode(code)).executeTakeFirst();
    return r ? toInvite(r) : null;
  };
  return {
    get,
    async create(input, actor) {
      const p = parseInput(inviteInput, input);
      return inTransaction(db, async (trx) => {
        if (!(await trx.selectFrom('teams').select('id').where('id', '=', p.teamId).executeTakeFirst()))
          throw new DomainError('UNKNOWN_TEAM', {});
        let code = newCode();
        while (await createInviteRepo(trx).get(code)) code = newCode();
        const row = {
          code,
          team_id: p.teamId,
          role: p.role,
          created_by: actor.personId,
          created_at: iso(actor.at),
          expires_at: iso(p.expiresAt),
          revoked_at: null,
        };
        await trx.insertInto('invites').values(row).execute();
        const created = toInvite(row);
        await appendAudit(trx, actor, 'invite', code, 'create', null, created);
        return created;
      });
    },
    async revoke(code, actor) {
      return inTransaction(db, async (trx) => {
        const before = await createInviteRepo(trx).get(code);
        if (!before || before.revokedAt) return before;
        await trx
          .updateTable('invites')
          .set({ revoked_at: iso(actor.at) })
          .where('code', '=', before.code)
          .execute();
        const after = { ...before, revokedAt: actor.at };
        await appendAudit(trx, actor, 'invite', before.code, 'update', before, after);
        return after;
      });
    },
  };
}
