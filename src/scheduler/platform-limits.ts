import type { Platform } from '../domain';
import type { RateLimit } from './rate-limiter';

/** Pacing per conversation and overall for one platform. */
export interface PlatformLimits {
  perConversation: RateLimit;
  overall: RateLimit;
}

/**
 * Documented platform limits:
 * - Teams, per bot per thread: 7 / 1 s, 8 / 2 s, 60 / 30 s, 1800 / 3600 s; per app per tenant 50 RPS
 *   (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). A bucket of 7 refilled at
 *   0.5/s keeps all four windows (1800 / 3600 s is 0.5/s sustained); overall 50/s, evenly spaced.
 * - Slack chat.postMessage: "one message per second per channel" with short bursts, plus a workspace-wide
 *   limit (https://docs.slack.dev/apis/web-api/rate-limits). A bucket of 3 at 1/s; overall 20/s (Slack
 *   publishes no figure for the workspace limit; a 429 with Retry-After is honoured either way).
 * - local: the playground's in-process inbox; generous.
 */
export const PLATFORM_LIMITS: Record<Platform, PlatformLimits> = {
  teams: { perConversation: { ratePerSec: 0.5, burst: 7 }, overall: { ratePerSec: 50, burst: 1 } },
  slack: { perConversation: { ratePerSec: 1, burst: 3 }, overall: { ratePerSec: 20, burst: 1 } },
  local: { perConversation: { ratePerSec: 100, burst: 100 }, overall: { ratePerSec: 1000, burst: 1000 } },
};
