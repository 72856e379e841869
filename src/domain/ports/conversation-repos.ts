import type { Platform } from '../model/common';
import type { ConversationRef } from '../model/delivery';

/** Conversations the bot was added to or talked in; the scheduler writes to them proactively. */
export interface ConversationRefRepo {
  /** Insert or update by (platform, tenantId, conversationId); clears deadAt. */
  upsert(ref: Omit<ConversationRef, 'id' | 'updatedAt' | 'deadAt'>, at: Date): Promise<ConversationRef>;
  get(id: string): Promise<ConversationRef | null>;
  find(platform: Platform, tenantId: string, conversationId: string): Promise<ConversationRef | null>;
  /** Live personal conversations of a person, most recently updated first. */
  forPerson(personId: string): Promise<ConversationRef[]>;
  /** Live channels linked to a team. */
  forTeam(teamId: string): Promise<ConversationRef[]>;
  /** Live conversations of one tenant or workspace. */
  listLive(platform: Platform, tenantId: string): Promise<ConversationRef[]>;
  linkTeam(id: string, teamId: string | null, at: Date): Promise<void>;
  markDead(id: string, at: Date): Promise<void>;
}

/** Conversation state spanning turns (half-filled forms, undo tokens), so any instance can take the next turn. */
export interface ConversationStateRepo {
  get<T = unknown>(key: string, now: Date): Promise<T | null>;
  put(key: string, value: unknown, expiresAt: Date): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * The unexpired entry whose key starts with `prefix` and which expires last: of entries kept equally long, the
   * newest (entries written in the same millisecond tie, and any of them is returned).
   */
  latest<T = unknown>(prefix: string, now: Date): Promise<{ key: string; value: T } | null>;
}

/** One message waiting in the playground inbox; `seq` orders a user's messages and is the page's cursor. */
export interface InboxEntry<T = unknown> {
  seq: number;
  message: T;
}

/** The playground's inbox: appended by the local notifier, read by cursor (never taken), so any instance and any
 * number of pollers show each message once. */
export interface InboxRepo {
  /** Appends a message for a playground user; a user's seq values grow in commit order. */
  append(userId: string, message: unknown, now: Date, expiresAt: Date): Promise<number>;
  /** A user's unexpired messages with seq > after, oldest first, at most `limit`. */
  after<T = unknown>(userId: string, after: number, now: Date, limit: number): Promise<InboxEntry<T>[]>;
}

/** At-most-once guard for retried requests (Slack event_id, Teams activity id, card action nonce). */
export interface IdempotencyRepo {
  /** True the first time a key is claimed (until it expires); false for a repeat. */
  claim(key: string, now: Date, ttlMs: number): Promise<boolean>;
  /** Stores what the first attempt answered (JSON), so a retry of the same key can answer the same. */
  saveReplies(key: string, replies: unknown): Promise<void>;
  /** The replies saved for a key, or null (not saved, or expired and taken over). */
  replies<T = unknown>(key: string): Promise<T | null>;
}
