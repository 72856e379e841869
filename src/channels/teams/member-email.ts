import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { matchListedPerson, type Clock, type Person, type Store } from '../../domain';
import { identityOf } from './activity-to-turn';
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

/**
 * A personal install (by the user or an admin's setup policy) before the person ever wrote: asks the roster for the
 * installing user's email/UPN and links their Teams identity to the person set up with it. Null when not listed.
 */
export async function linkMemberByEmail(
  context: TurnContext,
  store: Store,
  clock: Clock,
  logger: Logger,
): Promise<Person | null> {
  const identity = identityOf(context.activity);
  const known = await store.persons.findByIdentity(identity);
  if (known) return known;
  const fromId = context.activity.from?.id;
  if (!fromId || !identity.userId) return null;
  try {
    const member = await TeamsInfo.getMember(context, fromId);
    return await matchListedPerson(store, identity, [member.email, member.userPrincipalName], {
      personId: null,
      at: clock.now(),
    });
  } catch (err) {
    logger.warn({ err: (err as Error).message }, 'Teams roster lookup on personal install failed');
    return null;
  }
}
