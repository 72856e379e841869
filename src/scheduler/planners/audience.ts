import type { Recipient } from '../../domain';

/** One addressee of planned reminders: a person (personal chat) or a stored conversation, with its time zone. */
export interface Audience {
  recipient: Recipient;
  /** IANA time zone the reminder times are written in (the person's, or Europe/Copenhagen for a channel). */
  zone: string;
}

/** A short stable key of a recipient, used in dedupe keys: `p:<personId>` or `c:<conversationRefId>`. */
export function recipientKey(r: Recipient): string {
  return r.kind === 'person' ? `p:${r.personId}` : `c:${r.conversationId}`;
}
