import { DEFAULT_TIME_ZONE, isDomainError, type Person } from '../domain';
import { createTranslator } from '../i18n/translator';
import { cleanTurn } from './guard-turn';
import { flowServices } from './flow-services';
import type { CardView, Flow, FlowContext, ViewAudience } from './flow';
import type { ConversationDeps } from './create-conversation';
import type { SeriesAnalysisMemo } from '../reporting/series-analysis-memo';
import type { Reply, Turn } from './turn';

/** Thrown at the end of every view so its transaction rolls back whatever a view might have written. */
class ViewDone extends Error {
  constructor(readonly reply: Reply | null) {
    super('view done');
  }
}

/**
 * "Render this card for this person" (a Universal Actions refresh): the turn's action names a view (`pdsa.cycle`)
 * and its data. Read-only by construction: the person is looked up, never created; no request id is claimed; no
 * conversation is remembered; the view runs in a transaction that is always rolled back. A viewer the bot does
 * not know, and `everyone`, get a stand-in person in no team. Refusals and unknown views answer null.
 */
export function createCardViewer(
  deps: ConversationDeps & { flows: Flow[]; analyses: SeriesAnalysisMemo },
): (turn: Turn, audience?: ViewAudience) => Promise<Reply | null> {
  const { store, clock, logger } = deps;
  const views = new Map<string, CardView>();
  for (const flow of deps.flows) for (const [verb, view] of Object.entries(flow.views ?? {})) views.set(verb, view);

  return async (input, audience = 'viewer') => {
    const turn = cleanTurn(input);
    const view = turn.action ? views.get(turn.action.verb) : undefined;
    if (!view || !turn.action) return null;
    const now = clock.now();
    const known = audience === 'viewer' ? await store.persons.findByIdentity(turn.identity) : null;
    const person: Person = known ?? {
      id: '',
      displayName: '',
      email: null,
      locale: turn.localeHint ?? 'da',
      timeZone: DEFAULT_TIME_ZONE,
      identities: [],
      deletedAt: null,
      createdAt: now,
    };
    const t = createTranslator(person.locale);
    const data = turn.action.data;
    try {
      await store.transaction(async (tx) => {
        const ctx: FlowContext = {
          turn,
          person,
          locale: person.locale,
          memberships: known ? await tx.memberships.listForPerson(person.id) : [],
          ...flowServices(deps, tx),
          t,
          conversationRef: await tx.conversationRefs.find(
            turn.channel,
            turn.conversation.tenantId,
            turn.conversation.id,
          ),
          flows: deps.flows,
          redispatch: async () => [],
        };
        throw new ViewDone(await view(ctx, data, audience));
      });
    } catch (err) {
      if (err instanceof ViewDone) return err.reply;
      if (isDomainError(err)) return null;
      logger.error({ err, verb: turn.action.verb }, 'card view failed');
      return null;
    }
    return null;
  };
}
