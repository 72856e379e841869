import { webApi } from '@slack/bolt';
import type { DeliveryResult } from '../../domain';

/**
 * Platform errors meaning this conversation is gone for good (bot removed, channel archived, user
 * deactivated): never retried. Token problems (invalid_auth, token_revoked) are NOT here: they are a
 * configuration fault of the whole app, and must not mark every conversation dead.
 */
const GONE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'user_not_found',
  'user_disabled',
]);

/** Platform errors worth another try later (Slack-side trouble). */
const TRANSIENT = new Set(['ratelimited', 'fatal_error', 'internal_error', 'service_unavailable', 'request_timeout']);

/** Seconds to wait when a call was rate limited (HTTP 429 + Retry-After), else undefined. */
export function rateLimitedSeconds(err: unknown): number | undefined {
  if (err instanceof webApi.WebAPIRateLimitedError) return err.retryAfter;
  const e = err as { code?: string; retryAfter?: unknown };
  return e?.code === webApi.ErrorCode.RateLimitedError && typeof e.retryAfter === 'number' ? e.retryAfter : undefined;
}

/** The Slack error code of a platform error (`{ok:false, error}`), else undefined. */
export function platformError(err: unknown): string | undefined {
  const e = err as { code?: string; data?: { error?: unknown } };
  return e?.code === webApi.ErrorCode.PlatformError && typeof e.data?.error === 'string' ? e.data.error : undefined;
}

/** Maps a failed Web API call to the Notifier's DeliveryResult: 429 → retryable with retryAfterMs; gone → never again. */
export function deliveryFailure(err: unknown): DeliveryResult {
  const retryAfter = rateLimitedSeconds(err);
  if (retryAfter !== undefined)
    return { ok: false, retryable: true, retryAfterMs: retryAfter * 1000, reason: 'rate_limited' };
  const code = platformError(err);
  if (code) {
    if (GONE.has(code)) return { ok: false, retryable: false, gone: true, reason: code };
    if (TRANSIENT.has(code)) return { ok: false, retryable: true, reason: code };
    return { ok: false, retryable: false, gone: false, reason: code };
  }
  const e = err as { code?: string; statusCode?: number; message?: string };
  if (e?.code === webApi.ErrorCode.HTTPError) {
    const status = e.statusCode ?? 0;
    return status >= 500
      ? { ok: false, retryable: true, reason: `http_${status}` }
      : { ok: false, retryable: false, gone: false, reason: `http_${status}` };
  }
  // Network errors (WebAPIRequestError) and anything unexpected: try again later.
  return { ok: false, retryable: true, reason: e?.message ?? 'request_failed' };
}
