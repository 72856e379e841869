import type { App } from '@slack/bolt';
import { runTurn, type SlackContext } from './run-turn';
import { conversationKind, decodeSlackText, stripMention, type SlackOrigin } from './slack-turn';

/**
 * The slash command (its text is the core's quick text), direct messages (`message.im`) and @mentions
 * (`app_mention`). Commands are acked at once; events are acked by Bolt before the listener runs. The
 * core turn, chart rendering and uploads happen after the ack.
 */
export function listenForMessages(app: App, ctx: SlackContext, command: string): void {
  app.command(command, async ({ command: cmd, ack, client }) => {
    await ack();
    const origin: SlackOrigin = {
      teamId: cmd.team_id,
      userId: cmd.user_id,
      channelId: cmd.channel_id,
      kind: conversationKind(cmd.channel_id, cmd.channel_name),
    };
    await runTurn(ctx, {
      origin,
      input: { text: decodeSlackText(cmd.text.trim()) },
      dest: { kind: 'respond', responseUrl: cmd.response_url, channelId: cmd.channel_id, userId: cmd.user_id },
      client,
      requestId: cmd.trigger_id,
      triggerId: cmd.trigger_id,
    });
  });

  app.event('message', async ({ event, body, client }) => {
    // Only what a person typed in their DM with the bot: no edits, joins, bot posts or file shares.
    if (event.channel_type !== 'im' || ('subtype' in event && event.subtype !== undefined)) return;
    if (!('user' in event) || !event.user || ('bot_id' in event && event.bot_id) || typeof event.text !== 'string')
      return;
    const teamId =
      ('user_team' in event && typeof event.user_team === 'string' ? event.user_team : undefined) ?? body.team_id;
    await runTurn(ctx, {
      origin: { teamId, userId: event.user, channelId: event.channel, kind: 'personal' },
      input: { text: decodeSlackText(event.text.trim()) },
      dest: { kind: 'post', channelId: event.channel, userId: event.user },
      client,
      requestId: body.event_id,
    });
  });

  app.event('app_mention', async ({ event, body, client, context }) => {
    if (!event.user || event.bot_id) return;
    const teamId = event.user_team ?? body.team_id;
    await runTurn(ctx, {
      origin: { teamId, userId: event.user, channelId: event.channel, kind: conversationKind(event.channel) },
      input: { text: decodeSlackText(stripMention(event.text, context.botUserId)) },
      dest: { kind: 'post', channelId: event.channel, threadTs: event.thread_ts ?? event.ts, userId: event.user },
      client,
      requestId: body.event_id,
    });
  });
}
