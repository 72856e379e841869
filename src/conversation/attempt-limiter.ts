/** Counts failed attempts (wrong invite codes) per key in a sliding window, to throttle guessing. */
export interface AttemptLimiter {
  /** Milliseconds until every key may try again; 0 when none is blocked. */
  blockedForMs(keys: AttemptKey[], now: Date): number;
  /** Records one failed attempt under every key. */
  fail(keys: AttemptKey[], now: Date): void;
}

/** A key and how many failures it may have within the window. */
export interface AttemptKey {
  key: string;
  limit: number;
}

/**
 * An in-memory limiter (per instance; the limits are set so that even several instances together keep a
 * 54-bit code out of reach). Keeps at most `maxKeys` keys, dropping the stalest first.
 */
export function createAttemptLimiter(options: { windowMs: number; maxKeys?: number }): AttemptLimiter {
  const failures = new Map<string, number[]>();
  const maxKeys = options.maxKeys ?? 10_000;
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => t > now - options.windowMs);
  return {
    blockedForMs(keys, now) {
      let wait = 0;
      for (const { key, limit } of keys) {
        const times = recent(key, now.getTime());
        if (times.length >= limit)
          wait = Math.max(wait, times[times.length - limit]! + options.windowMs - now.getTime());
      }
      return wait;
    },
    fail(keys, now) {
      for (const { key } of keys) {
        const times = [...recent(key, now.getTime()), now.getTime()];
        failures.delete(key);
        failures.set(key, times);
      }
      while (failures.size > maxKeys) failures.delete(failures.keys().next().value!);
    },
  };
}
