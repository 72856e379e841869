import type { types, webApi } from '@slack/bolt';
import { DateTime } from 'luxon';
import type { Logger } from 'pino';
import type { Clock, Store } from '../../domain';
import type { Conversation } from '../../conversation/create-conversation';
import { payloadButton } from './block-kit/render-actions';
import { fitBlocks } from './block-kit/block-writer';
import { translatorFor } from './run-turn';
import { HEADER_TEXT, MAX_BLOCKS } from './slack-limits';
import { buildSlackMessage, type MessageDeps } from './slack-message';
import type { SlackState } from './slack-state';
import { buildTurn, dmOrigin, type SlackOrigin } from './slack-turn';
import type { SlackUsers } from './slack-users';
import { truncate } from './block-kit/mrkdwn';

/** The core's quick texts behind the Home tab's shortcut buttons (the same words users type). */
const SHORTCUTS = [
  { label: 'slack.home.logMeasurement', text: 'måling' },
  { label: 'slack.home.newPdsa', text: 'pdsa ny' },
  { label: 'slack.home.pdsaList', text: 'pdsa' },
  { label: 'slack.home.help', text: 'hjælp' },
] as const;

/** The App Home tab: the core's `status` for the user, rendered for Home, with shortcut buttons. */
export interface HomeTab {
  /** Builds and publishes the Home tab (views.publish). `channelId`: the user's DM with the bot, when known. */
  publish(origin: SlackOrigin, client: webApi.WebClient): Promise<void>;
  /** After a user's turn: republish if they have opened Home before (coalesced per user). */
  republishIfSeen(origin: SlackOrigin, client: webApi.WebClient): Promise<void>;
}

/** Creates the Home tab publisher. */
export function createHomeTab(deps: {
  conversation: Conversation;
  store: Store;
  clock: Clock;
  logger: Logger;
  state: SlackState;
  users: SlackUsers;
  message: MessageDeps;
}): HomeTab {
  const running = new Map<string, Promise<void>>();
  const dirty = new Set<string>();

  async function publish(origin: SlackOrigin, client: webApi.WebClient): Promise<void> {
    const user = await deps.users.identify(origin, client);
    const t = translatorFor(user.locale);
    const home = await dmOrigin(deps.store, origin, user.person?.id);
    const replies = await deps.conversation.handle(
      buildTurn(
        home,
        { text: 'status' },
        {
          ...(user.displayName ? { displayName: user.displayName } : {}),
          ...(user.email ? { email: user.email } : {}),
          ...(user.localeHint ? { localeHint: user.localeHint } : {}),
        },
      ),
    );
    const zone = user.person?.timeZone ?? 'Europe/Copenhagen';
    const time = DateTime.fromJSDate(deps.clock.now()).setZone(zone).toFormat('dd-MM-yyyy HH:mm');
    const blocks: types.KnownBlock[] = [
      { type: 'header', text: { type: 'plain_text', text: truncate(t('slack.home.title'), HEADER_TEXT) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: t('slack.home.updated', { time }) }] },
      {
        type: 'actions',
        elements: SHORTCUTS.map((s, i) => payloadButton(t(s.label), { kind: 'text', text: s.text }, i)),
      },
    ];
    for (const reply of replies) {
      if (!reply.text && !reply.card) continue;
      blocks.push({ type: 'divider' }, ...(await buildSlackMessage(reply, deps.message, t, 'home')).blocks);
    }
    await client.views.publish({
      user_id: origin.userId,
      view: { type: 'home', blocks: fitBlocks(blocks, MAX_BLOCKS.home) },
    });
  }

  return {
    publish,
    async republishIfSeen(origin, client) {
      if (!(await deps.state.homeSeen(origin.teamId, origin.userId))) return;
      const key = `${origin.teamId}:${origin.userId}`;
      const current = running.get(key);
      if (current) {
        dirty.add(key);
        return current;
      }
      const run = (async () => {
        do {
          dirty.delete(key);
          await publish(origin, client).catch((err: unknown) =>
            deps.logger.warn({ err: (err as Error).message }, 'slack: republishing Home failed'),
          );
        } while (dirty.has(key));
      })().finally(() => running.delete(key));
      running.set(key, run);
      return run;
    },
  };
}
