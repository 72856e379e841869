import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Store } from '../../domain';
import type { Turn } from '../../conversation/turn';

/**
 * On a user's first contact, asks Teams for their email (roster: `GET /v3/conversations/{id}/members/{id}`) so the
 * core can link them to the person `forbedringsbot setup` created by email. Known users cost one store lookup
 * and no Teams call; a failing roster call only means the person is created unlinked.
 */
export async function withMemberEmail(context: TurnContext, turn: Turn, store: Store, logger: Logger): Promise<Turn> {
  if (!turn.identity.userId || (await store.persons.findByIdentity(turn.identity))) return turn;
  const fromId = context.activity.from?.id;
  if (!fromId) return turn;
  try {
    const member = await TeamsInfo.getMember(context, fromId);
    const email = member.email || member.userPrincipalName || undefined;
    return email?.includes('@') ? { ...turn, email } : turn;
  } catch (err) {
    logger.warn({ err: (err as Error).message }, 'Teams roster lookup failed; the person is created without email');
    return turn;
  }
}
