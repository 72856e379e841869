import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { decodeButton, type ButtonPayload } from './block-kit/action-value';
import { ACTION_ID_PREFIX } from './block-kit/render-actions';
import { renderBlockKit } from './block-kit/render-block-kit';
import { readFormValues, type ViewStateValues } from './block-kit/form-values';
import { runTurn, translatorFor, type SlackContext } from './run-turn';
import { formDestination, formMeta, openFormModal, parseFormMeta } from './slack-forms';
import { deliver, type Destination } from './slack-replies';
import { conversationKind, type SlackOrigin } from './slack-turn';
import { viewOfMessage } from './view-key';

/** Global shortcuts from the manifest and the quick text each one runs (a form opens as a modal at once). */
export const SHORTCUTS: Record<string, string> = { 'fb.measurement': 'måling', 'fb.pdsa': 'pdsa ny' };

/**
 * Button clicks (`block_actions`) on messages, modals and the Home tab, and the global shortcuts. Each is
 * acked at once; a card action goes to the core, a stored form opens as a modal within the trigger's 3 s.
 */
export function listenForActions(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_ID_PREFIX}`), async ({ body, action, ack, client }) => {
    await ack();
    const userId = body.user.id;
    const teamId = body.user.team_id ?? body.team?.id ?? '';
    const meta = body.view?.type === 'modal' ? parseFormMeta(body.view.private_metadata) : null;
    const channelId = body.channel?.id ?? meta?.c;
    const origin: SlackOrigin = {
      teamId,
      userId,
      ...(channelId ? { channelId } : {}),
      kind: conversationKind(channelId),
    };
    // Clicks on the bot's own (non-ephemeral) DM messages are answered with real messages that stay in the
    // DM; clicks elsewhere answer ephemerally on the response_url (only the clicker sees them).
    const inBotDm =
      channelId?.startsWith('D') === true && body.container?.is_ephemeral === false && body.message !== undefined;
    // The bot's own message in a channel: an answer that is the same card, updated, replaces it for everyone.
    const shared =
      !meta && channelId && !inBotDm && body.container?.is_ephemeral === false && body.message?.ts
        ? {
            channelId,
            ts: body.message.ts,
            ...(viewOfMessage(body.message.blocks) ? { view: viewOfMessage(body.message.blocks) } : {}),
          }
        : undefined;
    const dest: Destination = meta
      ? formDestination(meta, userId)
      : body.response_url && !inBotDm
        ? {
            kind: 'respond',
            responseUrl: body.response_url,
            userId,
            ...(channelId ? { channelId } : {}),
            ...(body.container?.is_ephemeral === true ? { replaceOriginal: true } : {}),
            ...(shared ? { shared } : {}),
          }
        : {
            kind: 'post',
            channelId: channelId ?? userId,
            userId,
            ...(body.message?.thread_ts ? { threadTs: body.message.thread_ts } : {}),
            ...(inBotDm && body.message?.ts ? { replaceTs: body.message.ts } : {}),
          };

    let payload: ButtonPayload | null = decodeButton(action.value);
    if (payload?.kind === 'ref') payload = await ctx.state.loadPayload(payload.key);
    const expired = async (key: string) => {
      const t = translatorFor((await ctx.users.identify(origin, client)).locale);
      await deliver({ text: t(key), blocks: [], images: 0 }, dest, client, ctx.replies);
    };
    if (!payload) return expired('slack.action.expired');

    const common = { origin, dest, client, requestId: body.trigger_id, triggerId: body.trigger_id };
    if (payload.kind === 'text') {
      await runTurn(ctx, { ...common, input: { text: payload.text } });
    } else if (payload.kind === 'action') {
      // A button inside a form modal also sends what is typed so far (like Action.Submit in Adaptive Cards).
      const card = meta ? await ctx.state.loadForm(meta.k) : null;
      const values = card && body.view ? typedValues(card, body.view.state.values as ViewStateValues, ctx) : {};
      await runTurn(ctx, {
        ...common,
        input: { action: { verb: payload.action.verb, data: { ...payload.action.data, ...values } } },
      });
    } else if (payload.kind === 'form') {
      const card = await ctx.state.loadForm(payload.key);
      if (!card) return expired('slack.form.expired');
      const t = translatorFor((await ctx.users.identify(origin, client)).locale);
      await openFormModal(client, body.trigger_id, card, formMeta(payload.key, dest), {
        publicImages: ctx.replies.publicImages,
        t,
      });
    }
  });

  // Link buttons open in the browser; Slack still sends the click, which only needs an ack.
  app.action(/^link:/, async ({ ack }) => {
    await ack();
  });

  for (const [callbackId, text] of Object.entries(SHORTCUTS)) {
    app.shortcut(callbackId, async ({ shortcut, ack, client }) => {
      await ack();
      const userId = shortcut.user.id;
      const teamId = shortcut.user.team_id ?? shortcut.team?.id ?? '';
      await runTurn(ctx, {
        origin: { teamId, userId, kind: 'personal' },
        input: { text },
        dest: { kind: 'post', channelId: userId, userId },
        client,
        requestId: shortcut.trigger_id,
        triggerId: shortcut.trigger_id,
      });
    });
  }
}

function typedValues(card: Record<string, unknown>, state: ViewStateValues, ctx: SlackContext): Record<string, string> {
  const { inputs } = renderBlockKit(card, { surface: 'modal', publicImages: ctx.replies.publicImages, defaultAlt: '' });
  const result = readFormValues(inputs, state, translatorFor('da'));
  return result.ok ? result.values : {};
}
