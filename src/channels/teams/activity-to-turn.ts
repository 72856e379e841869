import { TurnContext, type Activity } from 'botbuilder';
import { decodeHTML } from 'entities';
import type { ChatIdentity, Locale } from '../../domain';
import type { CardAction, Turn } from '../../conversation/turn';

type Kind = Turn['conversation']['kind'];

/** personal / group / channel from Teams' `conversation.conversationType` (older payloads: `isGroup`). */
export function conversationKind(activity: Partial<Activity>): Kind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'group';
  if (type === 'personal') return 'personal';
  return activity.conversation?.isGroup ? 'group' : 'personal';
}

/** The AAD tenant of the conversation (`conversation.tenantId`, else `channelData.tenant.id`). */
export function tenantOf(activity: Partial<Activity>): string {
  const channelTenant = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return activity.conversation?.tenantId ?? channelTenant ?? '';
}

/** Who is talking: the AAD object id (stable across bots and chats) and tenant; the 29: id only as a fallback. */
export function identityOf(activity: Partial<Activity>): ChatIdentity {
  return {
    platform: 'teams',
    tenantId: tenantOf(activity),
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? '',
  };
}

/** The client's locale as a hint: en-* → en, da-* → da, anything else → none (the core defaults to Danish). */
export function localeOf(activity: Partial<Activity>): Locale | undefined {
  const tag = activity.locale?.toLowerCase() ?? '';
  if (tag.startsWith('en')) return 'en';
  if (tag.startsWith('da')) return 'da';
  return undefined;
}

/** The conversation id, for a channel without the `;messageid=` thread suffix (so the ref names the channel). */
export function conversationIdOf(activity: Partial<Activity>): string {
  return (activity.conversation?.id ?? '').replace(/;messageid=\d+$/, '');
}

/**
 * The conversation reference to store for proactive messages: no activity id (a proactive message starts a
 * new post instead of replying), channel-level id, and no speaking user in shared conversations, so it stays
 * the same from turn to turn.
 */
export function referenceOf(activity: Partial<Activity>): Record<string, unknown> {
  const ref = TurnContext.getConversationReference(activity);
  const kind = conversationKind(activity);
  const conversation = { ...ref.conversation, id: conversationIdOf(activity) };
  const { activityId: _activityId, locale: _locale, user, ...rest } = ref;
  // The Teams team a channel belongs to: when the bot is removed from the team, all its channels stop.
  const teamsTeamId = (activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
  return JSON.parse(
    JSON.stringify({
      ...rest,
      conversation,
      ...(kind === 'personal' ? { user } : {}),
      ...(kind === 'channel' && teamsTeamId ? { teamsTeamId } : {}),
    }),
  ) as Record<string, unknown>;
}

/** True when the message @mentions this bot (channels and group chats only deliver those without RSC). */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some(
    (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId,
  );
}

/**
 * Message text as typed: what real Teams clients send is HTML (`<p>…</p>`, `<div>`, `<br>`, `&nbsp;`, entities).
 * Tags are stripped, then entities decoded (so typed `&lt;b&gt;` stays text). The bot's own `<at>` mention is
 * removed even when its mention entity has no `text` (teams-ai only strips mentions it can match by text);
 * other mentions become plain names.
 */
export function cleanText(text: string | undefined, botName?: string): string {
  const stripped = (text ?? '')
    .replace(/<at>([^<]*)<\/at>/g, (_, name: string) => (botName && decodeHTML(name).trim() === botName ? ' ' : name))
    .replace(/<br\s*\/?>|<\/(p|div|li)>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeHTML(stripped)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A card action from Action.Submit (`value`) or Action.Execute (`value.action`): the verb and its data without it. */
export function cardActionOf(verb: unknown, data: unknown): CardAction | undefined {
  if (typeof verb !== 'string' || !verb) return undefined;
  const {
    verb: _verb,
    msteams: _msteams,
    ...rest
  } = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  return { verb, data: rest };
}

/** The platform-neutral turn for an activity, with either `text` or `action`. */
export function toTurn(activity: Partial<Activity>, input: { text: string } | { action: CardAction }): Turn {
  return {
    channel: 'teams',
    identity: identityOf(activity),
    ...(activity.from?.name ? { displayName: activity.from.name } : {}),
    ...(localeOf(activity) ? { localeHint: localeOf(activity) } : {}),
    conversation: {
      id: conversationIdOf(activity),
      kind: conversationKind(activity),
      tenantId: tenantOf(activity),
      reference: referenceOf(activity),
    },
    ...input,
    // Teams retries a delivery with the same activity id. Channel message ids are timestamps, so the id is
    // scoped by its conversation to keep two channels' messages from colliding.
    ...(activity.id ? { requestId: `${activity.conversation?.id ?? ''}|${activity.id}` } : {}),
  };
}
