import { createHash } from 'node:crypto';

/** How failed deliveries are retried: exponential backoff with jitter, a bounded number of attempts. */
export interface RetryPolicy {
  /** Attempts in total (the first send included); after the last one the reminder is failed. */
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

/** Default: 6 attempts, 30 s doubling to at most 30 min (about an hour in all). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseMs: 30_000, maxMs: 30 * 60_000 };

/**
 * Delay before attempt `attempt + 1` after `attempt` failed attempts (1-based). A platform's Retry-After (429)
 * wins when given. Jitter of ±20 % is derived from the reminder id, so it is deterministic per row but spreads
 * a burst of failures (Teams: "exponential backoff with random jitter" and a bounded retry count,
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, reminderId: string, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0) return retryAfterMs;
  const base = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const unit = createHash('sha1').update(`${reminderId}:${attempt}`).digest().readUInt16BE(0) / 0xffff;
  return Math.round(base * (0.8 + 0.4 * unit));
}
