import type { webApi } from '@slack/bolt';
import { rateLimitedSeconds } from './slack-errors';

/** Waits `ms` milliseconds (injected so tests can observe Retry-After without waiting). */
export type Sleep = (ms: number) => Promise<void>;

/** The real sleep, for main composition. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How often one message is retried after HTTP 429 before giving up. */
const MAX_RATE_LIMITED_ATTEMPTS = 3;

/**
 * `chat.postMessage` that honours Retry-After for this one call only. The client is built with
 * `rejectRateLimitedCalls: true`, so a 429 does not pause the client's shared queue (which would hold back
 * every other channel, web-api's default); only the rate-limited conversation's message waits and retries.
 */
export async function postMessage(
  client: webApi.WebClient,
  args: webApi.ChatPostMessageArguments,
  sleep: Sleep,
): Promise<webApi.ChatPostMessageResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.chat.postMessage(args);
    } catch (err) {
      const retryAfter = rateLimitedSeconds(err);
      if (retryAfter === undefined || attempt >= MAX_RATE_LIMITED_ATTEMPTS) throw err;
      await sleep(retryAfter * 1000);
    }
  }
}
