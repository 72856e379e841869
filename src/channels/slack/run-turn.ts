import { randomUUID } from 'node:crypto';
import type { types, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock, Locale, Store } from '../../domain';
import type { Conversation } from '../../conversation/create-conversation';
import type { CardAction, Reply } from '../../conversation/turn';
import { createTranslator, type Translator } from '../../i18n/translator';
import { collectInputs } from './block-kit/card-json';
import { formMeta, openFormModal } from './slack-forms';
import { sendReplies, type Destination, type ReplyDeps } from './slack-replies';
import type { SlackState } from './slack-state';
import { buildTurn, dmOrigin, type SlackOrigin } from './slack-turn';
import type { SlackUsers } from './slack-users';
import { updateSharedMessage } from './shared-update';

/** Everything the Slack listeners share. */
export interface SlackContext {
  conversation: Conversation;
  store: Store;
  clock: Clock;
  logger: Logger;
  state: SlackState;
  users: SlackUsers;
  replies: ReplyDeps;
  /** Republishes the user's Home tab when they use it (see home-tab.ts). */
  afterTurn(origin: SlackOrigin, client: webApi.WebClient): Promise<void>;
  /** How long a form submission waits for the core before its ack (see form-answer.ts). */
  formAnswerBudgetMs: number;
}

/** One interaction to hand to the core. */
export interface TurnRequest {
  origin: SlackOrigin;
  input: { text: string } | { action: CardAction };
  dest: Destination;
  client: webApi.WebClient;
  /** Slack's id of the request (event_id, trigger_id, view submission): a retry is handled once by the core. */
  requestId?: string;
  /** Set for clicks, commands and shortcuts: a form in the reply opens directly as a modal. */
  triggerId?: string;
  /** Appended to the last reply (e.g. "edit the form" after a refused form). */
  lastButton?: (replies: Reply[], t: Translator) => Promise<types.Button | undefined>;
}

const translators: Record<Locale, Translator> = { da: createTranslator('da'), en: createTranslator('en') };

/** The translator for a locale. */
export function translatorFor(locale: Locale): Translator {
  return translators[locale];
}

/** The core's answer to a turn, with where its replies go and the user's translator. */
export interface TurnAnswer {
  replies: Reply[];
  origin: SlackOrigin;
  dest: Destination;
  t: Translator;
  locale: Locale;
}

/**
 * Runs one turn through the core and sends its replies. Called after the ack, so it may take its time.
 * Slack-side failures are logged with a correlation id; the core itself never throws (it has its own sink).
 */
export async function runTurn(ctx: SlackContext, req: TurnRequest): Promise<Reply[]> {
  const answer = await askCore(ctx, req);
  await sendAnswer(ctx, req, answer);
  return answer.replies;
}

/**
 * The core's part of a turn, without sending anything: resolves the user and the conversation (the DM for
 * channel-less interactions) and hands the turn to the core. Fast (milliseconds), so a form submission can
 * wait for it before its ack.
 */
export async function askCore(ctx: SlackContext, req: TurnRequest): Promise<TurnAnswer> {
  const user = await ctx.users.identify(req.origin, req.client);
  const origin = req.origin.channelId ? req.origin : await dmOrigin(ctx.store, req.origin, user.person?.id);
  // Channel-less interactions (Home tab, shortcuts) answer in the user's DM with the bot.
  const dest: Destination =
    req.dest.kind === 'post' && req.dest.channelId === req.dest.userId && origin.channelId
      ? { ...req.dest, channelId: origin.channelId }
      : req.dest;
  const replies = await ctx.conversation.handle(
    buildTurn(origin, req.input, {
      ...(req.requestId ? { requestId: req.requestId } : {}),
      ...(user.displayName ? { displayName: user.displayName } : {}),
      ...(user.email ? { email: user.email } : {}),
      ...(user.localeHint ? { localeHint: user.localeHint } : {}),
    }),
  );
  return { replies, origin, dest, t: translatorFor(user.locale), locale: user.locale };
}

/** Sends the core's answer (a form in it opens as a modal when there is a fresh trigger_id), then refreshes Home. */
export async function sendAnswer(ctx: SlackContext, req: TurnRequest, answer: TurnAnswer): Promise<void> {
  const { origin, dest, t } = answer;
  // A retried request (a double click, Slack's retry) was answered in the user's channel the first time.
  const fresh = answer.replies.filter((reply) => !reply.replayed);
  if (fresh.length === 0 && answer.replies.length > 0) return;
  try {
    const deps = { conversation: ctx.conversation, message: ctx.replies, logger: ctx.logger };
    const replies = await updateSharedMessage(deps, req.client, { ...answer, replies: fresh });
    const toSend = req.triggerId ? await openFirstForm(ctx, replies, { ...req, dest }, t) : replies;
    const button = req.lastButton ? await req.lastButton(replies, t) : undefined;
    await sendReplies(toSend, dest, req.client, ctx.replies, t, button);
  } catch (err) {
    const correlationId = randomUUID().slice(0, 8);
    ctx.logger.error(
      { correlationId, err: (err as Error).message, team: origin.teamId },
      'slack: sending replies failed',
    );
  }
  await ctx.afterTurn(origin, req.client);
}

/** Opens the first reply card with inputs as a modal (trigger_id still fresh); its other parts are sent as usual. */
async function openFirstForm(ctx: SlackContext, replies: Reply[], req: TurnRequest, t: Translator): Promise<Reply[]> {
  const index = replies.findIndex((r) => r.card && collectInputs(ctx.replies.renderCard(r.card)).length > 0);
  const reply = replies[index];
  if (!reply?.card || !req.triggerId) return replies;
  const card = ctx.replies.renderCard(reply.card);
  try {
    const key = await ctx.state.saveForm(card);
    await openFormModal(req.client, req.triggerId, card, formMeta(key, req.dest), {
      publicImages: ctx.replies.publicImages,
      t,
    });
  } catch (err) {
    ctx.logger.warn({ err: (err as Error).message }, 'slack: could not open the form as a modal; posting it instead');
    return replies;
  }
  const rest = { ...(reply.text ? { text: reply.text } : {}), ...(reply.charts ? { charts: reply.charts } : {}) };
  return replies.map((r, i) => (i === index ? rest : r));
}
