import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { cardBytes, CARD_SIZE_BUDGET_BYTES } from '../../cards/card-budget';
import type { CardRefresh, RenderCard } from '../../cards/card-model';
import type { Conversation } from '../../conversation/create-conversation';
import type { Reply } from '../../conversation/turn';
import type { Store } from '../../domain';
import { createTranslator } from '../../i18n/translator';
import { cardActionOf, conversationIdOf, conversationKind, localeOf, tenantOf, toTurn } from './activity-to-turn';
import { isRefreshVerb, REFRESH_SUFFIX, refreshingRenderer } from './card-refresh';
import { replyToActivity } from './reply-to-activity';
import type { ExecuteResult } from './turn-handlers';

/** Person-dependent cards in group chats and channels (Universal Actions user-specific views). */
export interface SharedViews {
  /** The card renderer of this turn's conversation: person-dependent cards carry their refresh in shared chats. */
  renderer(context: TurnContext, replies: Reply[]): Promise<RenderCard>;
  /**
   * Puts the shared view of a person-dependent card (no one's personal state) with its refresh into the pressed
   * message, for everyone; each member's client then asks for their own view.
   */
  replaceForAll(context: TurnContext, refresh: CardRefresh): Promise<void>;
  /** Answers the invoke with a card now (teams-ai then sends no response of its own, and updates no message). */
  answerWithCard(context: TurnContext, card: Record<string, unknown>): Promise<void>;
  /** A refresh invoke (`<view>.refresh`): the core's read-only view for the viewer; writes and sends nothing. */
  refresh(context: TurnContext, data: Record<string, unknown>): Promise<ExecuteResult>;
}

/** Builds the shared-view helpers of the Teams channel over the core, the renderer and the store (userIds). */
export function createSharedViews(deps: {
  conversation: Conversation;
  renderCard: RenderCard;
  logger: Logger;
  store: Store;
}): SharedViews {
  const { conversation, renderCard, logger, store } = deps;

  async function renderer(context: TurnContext, replies: Reply[]): Promise<RenderCard> {
    const a = context.activity;
    const kind = conversationKind(a);
    if (kind === 'personal' || !replies.some((r) => r.card?.refresh)) return renderCard;
    const ref = await store.conversationRefs.find('teams', tenantOf(a), conversationIdOf(a));
    const target = { kind, tenantId: tenantOf(a), linkedTeamId: ref?.teamId ?? null };
    return refreshingRenderer(
      store,
      renderCard,
      target,
      replies.map((r) => r.card),
    );
  }

  async function answerWithCard(context: TurnContext, card: Record<string, unknown>): Promise<void> {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
    });
  }

  return {
    renderer,
    answerWithCard,

    async replaceForAll(context, refresh) {
      const pressed = context.activity.replyToId;
      if (!pressed) return;
      const action = { verb: refresh.verb, data: refresh.data };
      const neutral = await conversation.view(toTurn(context.activity, { action }), 'everyone');
      if (!neutral?.card) return;
      const activity = replyToActivity(neutral, await renderer(context, [neutral]));
      if (!activity) return;
      await context.updateActivity({ ...activity, id: pressed }).catch((err: unknown) => {
        logger.warn({ err: (err as Error).message, activityId: pressed }, 'could not update the pressed card for all');
      });
    },

    async refresh(context, data) {
      const verb = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
      const t = createTranslator(localeOf(context.activity) ?? 'da');
      const action = isRefreshVerb(verb) ? cardActionOf(verb.slice(0, -REFRESH_SUFFIX.length), data) : undefined;
      const reply = action ? await conversation.view(toTurn(context.activity, { action })) : null;
      if (!reply?.card) return t('teams.actionReceived');
      const card = (await renderer(context, [reply]))(reply.card);
      if (cardBytes(card) > CARD_SIZE_BUDGET_BYTES) return t('teams.actionReceived');
      await answerWithCard(context, card);
      return card;
    },
  };
}

/** True for a Universal Actions refresh: an Action.Execute invoke whose verb ends with `.refresh`. */
export function isRefresh(context: TurnContext): boolean {
  const a = context.activity;
  const action = (a.value as { action?: { type?: unknown; verb?: unknown } } | undefined)?.action;
  return (
    a.type === ActivityTypes.Invoke &&
    a.name === 'adaptiveCard/action' &&
    action?.type === 'Action.Execute' &&
    isRefreshVerb(action.verb)
  );
}
