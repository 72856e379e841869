import {
  describeIntroduction,
  ROLLOUT_MARK,
  type ConversationRef,
  type DeliveryResult,
  type Notifier,
  type Reminder,
  type Store,
} from '../domain';
import { introductionText } from '../i18n/introduction-text';
import type { Translator } from '../i18n/translator';

/**
 * The first message the bot ever sends a person is preceded by its introduction (who set it up, which team, what it
 * sends, how to pause) — once: the claim is atomic, and released again when the introduction could not be delivered.
 * Returns the failed delivery (the reminder is then retried like any other), or null to go on.
 */
export async function introduceOnce(
  r: Reminder,
  ref: ConversationRef,
  notifier: Notifier,
  deps: { store: Store; now: Date; t: Translator },
): Promise<DeliveryResult | null> {
  // Only chats the rollout opened: someone who wrote first already met the bot through its replies.
  if (r.recipient.kind !== 'person' || ref.reference[ROLLOUT_MARK] !== true) return null;
  const personId = r.recipient.personId;
  if (!(await deps.store.contactPrefs.claimIntroduction(personId, deps.now))) return null;
  const text = introductionText(await describeIntroduction(deps.store, personId), deps.t);
  const result = await notifier
    .send(ref, { text })
    .catch(
      (err: unknown): DeliveryResult => ({ ok: false, retryable: true, reason: `ERROR: ${(err as Error).message}` }),
    );
  if (result.ok) return null;
  await deps.store.contactPrefs.releaseIntroduction(personId);
  return result;
}
