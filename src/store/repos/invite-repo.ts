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

/** Upper-case letters and digits without look-alikes (0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;

const inviteInput = z.object({ teamId: id, role: z.enum(ROLES), expiresAt: z.date().refine((d) => !Number.isNaN(d.getTime())) });

function toInvite(r: Selectable<InviteTable>): Invite {
  return {
    code: r.code,
    teamId: r.team_id,
    role: r.role as Invite['role'],
    createdBy: r.created_by,
    createdAt: date(r.created_at),
    expiresAt: date(r.expires_at),
  };
}

function newCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

/** Team invite codes on Kysely. */
export function createInviteRepo(db: Kysely<Database>): InviteRepo {
  const get = async (code: string) => {
    const r = await db.selectFrom('invites').selectAll().where('code', '=', code.trim().toUpperCase()).executeTakeFirst();
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
        };
        await trx.insertInto('invites').values(row).execute();
        const created = toInvite(row);
        await appendAudit(trx, actor, 'invite', code, 'create', null, created);
        return created;
      });
    },
  };
}
