import type { types, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ChartRequest, Reply } from '../../conversation/turn';
import type { Translator } from '../../i18n/translator';
import { truncate } from './block-kit/mrkdwn';
import { postJson } from './post-json';
import { postMessage, type Sleep } from './post-message';
import { platformError } from './slack-errors';
import { IMAGE } from './slack-limits';
import { addButton, buildSlackMessage, type MessageDeps, type SlackMessage } from './slack-message';

/** Where a turn's replies go: the interaction's response_url (ephemeral), or a conversation. */
export type Destination =
  /**
   * `replaceOriginal`: the pressed message was the bot's own ephemeral one; the first card replaces it. `shared`:
   * the pressed message is the bot's message in a channel (its ts, and the view it shows, see view-key.ts).
   */
  | {
      kind: 'respond';
      responseUrl: string;
      channelId?: string;
      userId: string;
      replaceOriginal?: boolean;
      shared?: SharedMessage;
    }
  /** `replaceTs`: the pressed message in the bot's DM; the first card replaces it with chat.update. */
  | { kind: 'post'; channelId: string; threadTs?: string; userId: string; replaceTs?: string };

/** The bot's message in a channel that a press came from. */
export interface SharedMessage {
  channelId: string;
  ts: string;
  /** The view the message shows (a person-dependent card), when it shows one. */
  view?: string;
}

/** What sending replies needs besides a destination. */
export interface ReplyDeps extends MessageDeps {
  chartPng: (req: ChartRequest) => Promise<Buffer | null>;
  sleep: Sleep;
  logger: Logger;
}

/** Errors after which a post to a channel is retried in the user's DM with the bot. */
const NOT_THERE = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/**
 * Sends the core's replies to Slack in order: each as a Block Kit message, then its charts (uploaded with
 * files.uploadV2 when the message carries no public image). Runs after the ack, so it may be slow.
 */
export async function sendReplies(
  replies: Reply[],
  dest: Destination,
  client: webApi.WebClient,
  deps: ReplyDeps,
  t: Translator,
  lastButton?: types.Button,
): Promise<void> {
  // The answer to a press is the pressed card updated in place (stale buttons disappear), not a second message.
  let replace =
    replies.some((r) => r.card) &&
    ((dest.kind === 'post' && !!dest.replaceTs) || (dest.kind === 'respond' && !!dest.replaceOriginal));
  for (const [i, reply] of replies.entries()) {
    const message = reply.text || reply.card ? await buildSlackMessage(reply, deps, t) : null;
    if (message && lastButton && i === replies.length - 1) addButton(message.blocks, lastButton);
    if (message && replace && reply.card) {
      replace = false;
      if (await replaceOriginal(message, dest, client, deps)) continue;
    }
    if (message) await deliver(message, dest, client, deps);
    if (reply.charts?.length && !message?.images) await uploadCharts(reply.charts, dest, client, deps, t);
  }
}

/** Posts one message to a destination; a channel the bot cannot write in falls back to the user's DM. */
export async function deliver(
  message: SlackMessage,
  dest: Destination,
  client: webApi.WebClient,
  deps: ReplyDeps,
): Promise<void> {
  const blocks = message.blocks.length ? { blocks: message.blocks } : {};
  if (dest.kind === 'respond') {
    try {
      await respond(dest.responseUrl, {
        response_type: 'ephemeral',
        replace_original: false,
        text: message.text,
        ...blocks,
      });
      return;
    } catch (err) {
      // An expired or unreachable response_url must not swallow the answer: send it to the user's DM instead.
      deps.logger.warn({ err: (err as Error).message }, 'slack: response_url failed; replying in the DM');
      await postMessage(client, { channel: dest.userId, text: message.text, ...blocks }, deps.sleep);
      return;
    }
  }
  const args = { text: message.text, ...blocks, ...(dest.threadTs ? { thread_ts: dest.threadTs } : {}) };
  try {
    await postMessage(client, { channel: dest.channelId, ...args }, deps.sleep);
  } catch (err) {
    const code = platformError(err);
    if (!code || !NOT_THERE.has(code) || dest.channelId === dest.userId) throw err;
    deps.logger.info({ channel: dest.channelId, code }, 'slack: cannot post in channel; replying in the DM');
    await postMessage(client, { channel: dest.userId, text: message.text, ...blocks }, deps.sleep);
  }
}

/** Replaces the pressed message: chat.update in the bot's DM, response_url `replace_original` for an ephemeral one. */
async function replaceOriginal(
  message: SlackMessage,
  dest: Destination,
  client: webApi.WebClient,
  deps: ReplyDeps,
): Promise<boolean> {
  const blocks = message.blocks.length ? { blocks: message.blocks } : {};
  try {
    if (dest.kind === 'post' && dest.replaceTs)
      await client.chat.update({ channel: dest.channelId, ts: dest.replaceTs, text: message.text, ...blocks });
    else if (dest.kind === 'respond')
      await respond(dest.responseUrl, {
        response_type: 'ephemeral',
        replace_original: true,
        text: message.text,
        ...blocks,
      });
    return true;
  } catch (err) {
    deps.logger.warn(
      { err: (err as Error).message },
      'slack: could not update the pressed message; posting the answer',
    );
    return false;
  }
}

/** Posts to an interaction's response_url (valid 30 minutes, 5 uses). */
async function respond(url: string, body: Record<string, unknown>): Promise<void> {
  const status = await postJson(url, body);
  if (status < 200 || status >= 300) throw new Error(`response_url answered ${status}`);
}

async function uploadCharts(
  charts: ChartRequest[],
  dest: Destination,
  client: webApi.WebClient,
  deps: ReplyDeps,
  t: Translator,
) {
  // A private (ephemeral) answer in a shared channel: an uploaded file would be visible to the whole channel, so the
  // chart goes to the person's DM with the bot instead, and the private answer says so.
  const privateInChannel = dest.kind === 'respond' && !!dest.channelId && !dest.channelId.startsWith('D');
  let channel = dest.channelId ?? dest.userId;
  if (privateInChannel) {
    const dm = await client.conversations.open({ users: dest.userId }).catch((err: unknown) => {
      deps.logger.warn({ err: (err as Error).message }, 'slack: could not open the DM for a private chart');
      return null;
    });
    if (!dm?.channel?.id)
      return deliver({ text: t('slack.chart.notShown'), blocks: [], images: 0 }, dest, client, deps);
    channel = dm.channel.id;
  }
  let sent = 0;
  for (const chart of charts) {
    const alt = truncate(chart.alt || t('slack.chart.alt'), IMAGE.altText);
    try {
      const png = await deps.chartPng(chart);
      if (!png) continue;
      const file = {
        file: png,
        filename: `${chart.chart}-${chart.measureId}.png`,
        title: truncate(alt, 250),
        alt_text: alt,
      };
      const threadTs = dest.kind === 'post' ? dest.threadTs : undefined;
      await client.files.uploadV2(
        threadTs ? { ...file, channel_id: channel, thread_ts: threadTs } : { ...file, channel_id: channel },
      );
      sent++;
    } catch (err) {
      deps.logger.warn({ err: (err as Error).message, channel }, 'slack: chart upload failed');
      await deliver({ text: t('slack.chart.notShown'), blocks: [], images: 0 }, dest, client, deps);
    }
  }
  if (privateInChannel && sent > 0)
    await deliver({ text: t('slack.chart.sentToDm'), blocks: [], images: 0 }, dest, client, deps);
}
