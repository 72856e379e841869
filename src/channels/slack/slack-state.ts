import { randomUUID } from 'node:crypto';
import type { Clock, Store } from '../../domain';
import type { ButtonPayload } from './block-kit/action-value';

/** How long a posted form or an oversized button payload stays usable (reminders may be answered days later). */
const TTL_MS = 30 * 24 * 3600 * 1000;

/** What the bot keeps between a Slack message and the click on it; in the store, so any instance can serve the click. */
export interface SlackState {
  /** Stores a filled card with inputs; the "open form" button carries the key. */
  saveForm(card: Record<string, unknown>): Promise<string>;
  loadForm(key: string): Promise<Record<string, unknown> | null>;
  /** Stores a button payload too long for a button value. */
  savePayload(payload: ButtonPayload): Promise<string>;
  loadPayload(key: string): Promise<ButtonPayload | null>;
  /** Remembers that a user has looked at the Home tab (only then is it republished after their turns). */
  markHomeSeen(teamId: string, userId: string): Promise<void>;
  homeSeen(teamId: string, userId: string): Promise<boolean>;
}

/** How long "this user has never opened Home" is believed without asking the store again. */
const NOT_SEEN_CACHE_MS = 60_000;

/**
 * SlackState on the store's conversation-state table. Whether a user has opened Home is asked on every
 * turn, so answers are cached in memory: "seen" for good, "not seen" for a minute (another instance may
 * have served their app_home_opened meanwhile).
 */
export function createSlackState(store: Store, clock: Clock): SlackState {
  const expires = () => new Date(clock.now().getTime() + TTL_MS);
  const seen = new Set<string>();
  const notSeenUntil = new Map<string, number>();
  return {
    async saveForm(card) {
      const key = randomUUID();
      await store.conversationState.put(`slack:form:${key}`, card, expires());
      return key;
    },
    loadForm: (key) => store.conversationState.get<Record<string, unknown>>(`slack:form:${key}`, clock.now()),
    async savePayload(payload) {
      const key = randomUUID();
      await store.conversationState.put(`slack:payload:${key}`, payload, expires());
      return key;
    },
    loadPayload: (key) => store.conversationState.get<ButtonPayload>(`slack:payload:${key}`, clock.now()),
    async markHomeSeen(teamId, userId) {
      const key = `${teamId}:${userId}`;
      seen.add(key);
      notSeenUntil.delete(key);
      await store.conversationState.put(`slack:home:${key}`, true, expires());
    },
    async homeSeen(teamId, userId) {
      const key = `${teamId}:${userId}`;
      if (seen.has(key)) return true;
      const now = clock.now();
      if ((notSeenUntil.get(key) ?? 0) > now.getTime()) return false;
      const stored = (await store.conversationState.get<boolean>(`slack:home:${key}`, now)) === true;
      if (stored) seen.add(key);
      else notSeenUntil.set(key, now.getTime() + NOT_SEEN_CACHE_MS);
      return stored;
    },
  };
}
