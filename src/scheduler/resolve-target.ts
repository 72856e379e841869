import {
  DEFAULT_TIME_ZONE,
  failureText,
  type ConversationRef,
  type Locale,
  type Notifier,
  type Recipient,
  type Store,
} from '../domain';

/** Where and how one reminder is sent: the conversation, its notifier, and the reader's language and zone. */
export type Target =
  | { ok: true; ref: ConversationRef; notifier: Notifier; locale: Locale; zone: string }
  | { ok: false; outcome: 'failed' | 'dropped'; reason: string };

/**
 * Resolves a recipient: a person's most recently used live personal conversation on a platform that has a
 * notifier (one message per person, not one per platform); a stored conversation unless it is dead.
 */
export async function resolveTarget(
  store: Store,
  recipient: Recipient,
  notifiers: Map<string, Notifier>,
): Promise<Target> {
  if (recipient.kind === 'person') {
    const person = await store.persons.get(recipient.personId);
    if (!person || person.deletedAt) return { ok: false, outcome: 'dropped', reason: 'person deleted' };
    const refs = await store.conversationRefs.forPerson(person.id);
    const ref = refs.find((r) => notifiers.has(r.platform));
    if (!ref) {
      const reason = refs.length
        ? failureText('NO_NOTIFIER', refs.map((r) => r.platform).join(','))
        : failureText('NO_CONVERSATION', 'the bot has no personal chat with this person');
      return { ok: false, outcome: 'failed', reason };
    }
    return {
      ok: true,
      ref,
      notifier: notifiers.get(ref.platform)!,
      locale: person.locale,
      zone: person.timeZone || DEFAULT_TIME_ZONE,
    };
  }
  const ref = await store.conversationRefs.get(recipient.conversationId);
  if (!ref) return { ok: false, outcome: 'failed', reason: failureText('NO_CONVERSATION', 'conversation not found') };
  if (ref.deadAt)
    return { ok: false, outcome: 'failed', reason: failureText('GONE', 'the bot was removed from this conversation') };
  const notifier = notifiers.get(ref.platform);
  if (!notifier) return { ok: false, outcome: 'failed', reason: failureText('NO_NOTIFIER', ref.platform) };
  return { ok: true, ref, notifier, locale: 'da', zone: DEFAULT_TIME_ZONE };
}
