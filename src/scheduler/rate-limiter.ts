import type { Clock } from '../domain';
import { TokenBucket } from './token-bucket';

/** A rate: sustained messages per second and how many may go at once after a quiet spell. */
export interface RateLimit {
  ratePerSec: number;
  burst: number;
}

/** Waits on (simulated or real) time. Tests pass a sleep that moves their clock; production uses setTimeout. */
export type Sleep = (ms: number) => Promise<void>;

/** Options of a rate limiter; `perKey` may differ per key (e.g. by platform). */
export interface RateLimiterOptions {
  clock: Clock;
  sleep: Sleep;
  perKey: RateLimit;
  overall: RateLimit;
  /** Most tasks running at once (HTTP requests in flight). */
  maxInFlight?: number;
}

/** Runs tasks keyed by conversation: each key paced by its own bucket, all keys together by an overall bucket. */
export interface RateLimiter {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks waiting for a slot (not yet started). */
  readonly queued: number;
  /** Tasks started and not yet finished. */
  readonly inFlight: number;
  /** Starts nothing more for `key` for `ms` milliseconds (the platform answered 429 with Retry-After). */
  pause(key: string, ms: number): void;
}

interface Lane {
  bucket: TokenBucket;
  queue: Array<() => void>;
}

/**
 * A work-conserving dispatcher: whenever the overall bucket has a token it starts the next task of a conversation
 * whose own bucket has one (round robin over conversations), so thousands of conversations proceed in parallel and
 * no conversation waits for another's pacing. When nothing can start it sleeps exactly until the next token.
 */
export function createRateLimiter(opts: RateLimiterOptions): RateLimiter {
  const now = () => opts.clock.now().getTime();
  const overall = new TokenBucket(opts.overall.ratePerSec, opts.overall.burst, now());
  const lanes = new Map<string, Lane>();
  const maxInFlight = opts.maxInFlight ?? 64;
  let queued = 0;
  let inFlight = 0;
  let pumping = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  function laneOf(key: string): Lane {
    let lane = lanes.get(key);
    if (!lane) {
      lane = { bucket: new TokenBucket(opts.perKey.ratePerSec, opts.perKey.burst, now()), queue: [] };
      lanes.set(key, lane);
    }
    return lane;
  }

  async function pump(): Promise<void> {
    pumping = true;
    try {
      while (queued > 0) {
        const t = now();
        let started = 0;
        let soonest = Infinity;
        for (const key of [...lanes.keys()]) {
          const lane = lanes.get(key)!;
          if (lane.queue.length === 0) {
            if (lane.bucket.full(t)) lanes.delete(key);
            continue;
          }
          if (inFlight >= maxInFlight || !overall.ready(t)) break;
          if (!lane.bucket.ready(t)) {
            soonest = Math.min(soonest, lane.bucket.msUntilReady(t));
            continue;
          }
          lane.bucket.take();
          overall.take();
          started++;
          queued--;
          inFlight++;
          lane.queue.shift()!();
          // Round robin: a served lane goes to the back, so the next token goes to another conversation.
          lanes.delete(key);
          lanes.set(key, lane);
        }
        if (started > 0 || queued === 0) continue;
        const waitForSlot = inFlight >= maxInFlight;
        const wait = overall.ready(t) ? soonest : overall.msUntilReady(t);
        const woken = new Promise<void>((resolve) => (wake = resolve));
        await (waitForSlot || !Number.isFinite(wait) ? woken : Promise.race([opts.sleep(Math.max(1, wait)), woken]));
        wake = null;
      }
    } finally {
      pumping = false;
    }
  }

  return {
    get queued() {
      return queued;
    },
    get inFlight() {
      return inFlight;
    },
    pause(key, ms) {
      laneOf(key).bucket.hold(now(), ms);
      signal();
    },
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const lane = laneOf(key);
        lane.queue.push(() => {
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => {
              inFlight--;
              signal();
            });
        });
        queued++;
        signal();
        if (!pumping) void pump();
      });
    },
  };
}
