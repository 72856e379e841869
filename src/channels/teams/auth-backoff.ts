/** Errors that mean the Bot Framework signing keys could not be fetched (not that the token was wrong). */
const KEY_FETCH_FAILURE =
  /Failed to load (openID config|Keys)|request to \S+ failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET/;

/**
 * Remembers a failed fetch of the Bot Framework OpenID metadata/keys and backs off (5 s doubling to 5 min):
 * while backing off, requests are refused at once instead of each one fetching again.
 */
export interface AuthBackoff {
  /** True while the last key fetch failed recently; such requests are answered 401 without a fetch. */
  active(now: number): boolean;
  /** Looks at an authentication failure's message; a key-fetch failure starts or extends the backoff. */
  failed(message: string, now: number): void;
  /** A request authenticated: the keys are there again. */
  succeeded(): void;
}

/** One backoff per Teams channel. */
export function createAuthBackoff(options: { baseMs?: number; maxMs?: number } = {}): AuthBackoff {
  const base = options.baseMs ?? 5_000;
  const max = options.maxMs ?? 300_000;
  let failures = 0;
  let until = 0;
  return {
    active: (now) => now < until,
    failed(message, now) {
      if (!KEY_FETCH_FAILURE.test(message)) return;
      failures++;
      until = now + Math.min(max, base * 2 ** (failures - 1));
    },
    succeeded() {
      failures = 0;
      until = 0;
    },
  };
}
