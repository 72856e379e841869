import type { Locale, Store } from '../../domain';
import type { CardAction, Turn } from '../../conversation/turn';

/** Where a Slack interaction came from: workspace, user and conversation. */
export interface SlackOrigin {
  teamId: string;
  userId: string;
  /** The channel (D… for the bot's DM) the user wrote in, when there is one. */
  channelId?: string;
  kind: Turn['conversation']['kind'];
}

/** A turn's conversation kind from Slack's channel id / channel_type (im → personal, mpim → group). */
export function conversationKind(channelId: string | undefined, channelType?: string): SlackOrigin['kind'] {
  if (channelType === 'im' || channelType === 'directmessage' || channelId?.startsWith('D')) return 'personal';
  if (channelType === 'mpim' || channelType?.startsWith('mpdm')) return 'group';
  return 'channel';
}

/** Minimal Web API surface this module needs (`users.info`, scope users:read). */
export interface UsersInfoClient {
  users: {
    info(args: { user: string; include_locale?: boolean }): Promise<{
      user?: {
        real_name?: string;
        profile?: { real_name?: string; display_name?: string; email?: string };
        locale?: string;
      };
    }>;
  };
}

/** Turns a Slack interaction into the core's platform-neutral Turn. */
export function buildTurn(
  origin: SlackOrigin,
  input: { text: string } | { action: CardAction },
  extras: { requestId?: string; displayName?: string; localeHint?: Locale; email?: string } = {},
): Turn {
  const conversationId = origin.channelId ?? origin.userId;
  return {
    channel: 'slack',
    identity: { platform: 'slack', tenantId: origin.teamId, userId: origin.userId },
    ...(extras.displayName ? { displayName: extras.displayName } : {}),
    ...(extras.email ? { email: extras.email } : {}),
    ...(extras.localeHint ? { localeHint: extras.localeHint } : {}),
    conversation: {
      id: conversationId,
      kind: origin.kind,
      tenantId: origin.teamId,
      reference: { channel: conversationId },
    },
    ...('text' in input ? { text: input.text } : { action: input.action }),
    ...(extras.requestId ? { requestId: extras.requestId } : {}),
  };
}

/**
 * The user's DM with the bot for interactions without a channel (Home tab, shortcuts) or whose effects
 * belong in the DM (the Home tab's own turns): the stored personal Slack conversation, else the user id
 * (chat.postMessage to a user id writes in the app's DM).
 */
export async function dmOrigin(store: Store, origin: SlackOrigin, personId: string | undefined): Promise<SlackOrigin> {
  if (origin.kind === 'personal' && origin.channelId) return origin;
  const refs = personId ? await store.conversationRefs.forPerson(personId) : [];
  const dm = refs.find((r) => r.platform === 'slack' && r.tenantId === origin.teamId && r.kind === 'personal');
  return {
    teamId: origin.teamId,
    userId: origin.userId,
    kind: 'personal',
    ...(dm ? { channelId: dm.conversationId } : {}),
  };
}

/** Removes the bot's own mention (`<@U123>`) from an app_mention text. */
export function stripMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(mention, '').replace(/\s+/g, ' ').trim();
}

/**
 * Message and slash-command text as typed: Slack escapes `&`, `<` and `>` as `&amp;`, `&lt;`, `&gt;` (its only
 * entities; https://docs.slack.dev/messaging/formatting-message-text#escaping). Decoded before parsing and
 * storage, so a note typed in a DM is stored like the same note typed in a modal (modal values are not escaped).
 */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
