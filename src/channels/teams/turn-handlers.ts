import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Conversation } from '../../conversation/create-conversation';
import type { Store } from '../../domain';
import type { Reply } from '../../conversation/turn';
import { createTranslator } from '../../i18n/translator';
import { cardActionOf, cleanText, conversationKind, localeOf, mentionsBot, toTurn } from './activity-to-turn';
import { createSharedViews } from './shared-views';
import { cardBytes, CARD_SIZE_BUDGET_BYTES } from '../../cards/card-budget';
import type { RenderCard } from '../../cards/card-model';
import type { TemplateName } from '../../domain';
import { replyToActivity } from './reply-to-activity';
import { withMemberEmail } from './member-email';

/** What an Action.Execute answers in its invoke response: the refreshed card, or a short message. */
export type ExecuteResult = Record<string, unknown> | string;

/** Activity → Turn → core → activities. Convert and forward; no business logic here. */
export interface TurnHandlers {
  /** A typed message (bot mention already stripped). In channels and group chats only mentions count. */
  text(context: TurnContext): Promise<void>;
  /** Action.Submit: a message activity whose `value` holds the card data with `verb`. */
  submit(context: TurnContext, value: Record<string, unknown>): Promise<void>;
  /**
   * Action.Execute (invoke `adaptiveCard/action`): the first card reply replaces the pressed card; a lone refusal
   * is the invoke's message, shown under the card.
   */
  execute(context: TurnContext, data: Record<string, unknown>): Promise<ExecuteResult>;
  /**
   * A Universal Actions refresh (invoke `adaptiveCard/action`, verb `<view>.refresh`, usually trigger "automatic"):
   * the card as the viewer should see it, from the core's read-only view; it writes and sends nothing.
   */
  refresh(context: TurnContext, data: Record<string, unknown>): Promise<ExecuteResult>;
}

/** Builds the handlers over the core and the card renderer. */
export function createTurnHandlers(deps: {
  conversation: Conversation;
  renderCard: RenderCard;
  logger: Logger;
  store: Store;
}): TurnHandlers {
  const { conversation, renderCard, logger, store } = deps;
  const handle = async (
    context: TurnContext,
    input: { text: string } | { action: NonNullable<ReturnType<typeof cardActionOf>> },
  ) => conversation.handle(await withMemberEmail(context, toTurn(context.activity, input), store, logger));
  const views = createSharedViews({ conversation, renderCard, logger, store });
  const renderer = views.renderer;

  async function send(context: TurnContext, replies: Reply[]): Promise<void> {
    const render = await renderer(context, replies);
    const activities = replies
      .map((r) => replyToActivity(r, render, (template, bytes) => oversize(context, template, bytes)))
      .filter((a) => a !== undefined);
    if (activities.length) await context.sendActivities(activities);
  }

  function oversize(context: TurnContext, template: TemplateName, bytes: number): void {
    logger.warn(
      { activityId: context.activity.id, template, bytes, max: CARD_SIZE_BUDGET_BYTES },
      'card too large for Teams; sent its summary',
    );
  }

  return {
    async text(context) {
      const activity = context.activity;
      if (conversationKind(activity) !== 'personal' && !mentionsBot(activity)) return;
      const replies = await handle(context, { text: cleanText(activity.text, activity.recipient?.name) });
      await send(context, replies);
    },

    async submit(context, value) {
      const action = cardActionOf(value.verb, value);
      if (!action) return;
      const replies = await handle(context, { action });
      // The answer to a press is the updated card in place of the pressed one (PUT …/activities/{replyToId}), so
      // stale buttons disappear on every device; text and further cards follow as messages.
      const index = replies.findIndex((r) => r.card);
      const pressed = context.activity.replyToId;
      const refresh = replies[index]?.card?.refresh;
      if (refresh && pressed && conversationKind(context.activity) !== 'personal') {
        // A person-dependent card in a shared chat (Action.Submit: an older client): the message becomes the shared
        // view with its refresh, as for Action.Execute; the presser's own view comes with their client's refresh.
        await views.replaceForAll(context, refresh);
        return send(
          context,
          replies.filter((_, i) => i !== index),
        );
      }
      const render = await renderer(context, replies);
      const updated =
        index >= 0 && pressed
          ? replyToActivity(replies[index]!, render, (template, bytes) => oversize(context, template, bytes))
          : undefined;
      if (!updated || !pressed) return send(context, replies);
      try {
        await context.updateActivity({ ...updated, id: pressed });
      } catch (err) {
        logger.warn(
          { err: (err as Error).message, activityId: pressed },
          'could not update the pressed card; sending it as a new message',
        );
        return send(context, replies);
      }
      await send(
        context,
        replies.filter((_, i) => i !== index),
      );
    },

    async execute(context, data) {
      const value = context.activity.value as { action?: { verb?: unknown } } | undefined;
      const action = cardActionOf(value?.action?.verb, data);
      const t = createTranslator(localeOf(context.activity) ?? 'da');
      if (!action) return t('teams.actionReceived');
      const replies = await handle(context, { action });
      const index = replies.findIndex((r) => r.card);
      const render = await renderer(context, replies);
      const card = index >= 0 ? render(replies[index]!.card!) : undefined;
      const [only] = replies;
      // A refused form (nothing stored): say why right under the card, which keeps what was typed, so it can be
      // corrected and sent again (Slack shows the same next to the field).
      if (replies.length === 1 && only?.error && only.text && !only.card) return only.text;
      if (!card || cardBytes(card) > CARD_SIZE_BUDGET_BYTES) {
        // No refreshed card: the replies go to the chat as messages, the invoke answers with a short receipt.
        await send(context, replies);
        return t('teams.actionReceived');
      }
      const rest = replies.filter((_, i) => i !== index);
      const refresh = replies[index]!.card!.refresh;
      if (refresh && conversationKind(context.activity) !== 'personal') {
        // A person-dependent card in a shared chat: the message itself becomes the shared view (no one's personal
        // state) with the refresh, so every member's client asks for their own; the presser gets their view as the
        // invoke response. The card's own text is personal ("you are registered"): their card already says it.
        await send(context, rest);
        await views.replaceForAll(context, refresh);
        await views.answerWithCard(context, card);
        return card;
      }
      const cardText = replies[index]!.text;
      await send(context, cardText ? [{ text: cardText }, ...rest] : rest);
      return card;
    },

    refresh: (context, data) => views.refresh(context, data),
  };
}

/** True for an Action.Submit message: a `value` object with a string `verb` and no typed text. */
export function isSubmit(context: TurnContext): boolean {
  const a = context.activity;
  const value = a.value as { verb?: unknown } | undefined;
  return (
    a.type === ActivityTypes.Message &&
    !a.text &&
    !!value &&
    typeof value === 'object' &&
    typeof value.verb === 'string'
  );
}

/** True for a Universal Action: invoke `adaptiveCard/action` with an `Action.Execute`. */
export function isExecute(context: TurnContext): boolean {
  const a = context.activity;
  const action = (a.value as { action?: { type?: unknown } } | undefined)?.action;
  return a.type === ActivityTypes.Invoke && a.name === 'adaptiveCard/action' && action?.type === 'Action.Execute';
}
