/** A token bucket: `burst` tokens, refilled at `ratePerSec`. Time is passed in (ms), never read from the wall clock. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly ratePerSec: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Adds the tokens earned since the last refill (capped at burst). */
  refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.ratePerSec) / 1000);
      this.last = now;
    }
  }

  /** True when a token is available at `now` (after refill). */
  ready(now: number): boolean {
    this.refill(now);
    return this.tokens >= 1 - 1e-9;
  }

  /** Takes one token; call only after `ready`. */
  take(): void {
    this.tokens -= 1;
  }

  /** Milliseconds until a token is available (0 when ready). */
  msUntilReady(now: number): number {
    this.refill(now);
    if (this.tokens >= 1 - 1e-9) return 0;
    return Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSec);
  }

  /** Empties the bucket so that its next token comes `ms` from `now` at the earliest (a 429's Retry-After). */
  hold(now: number, ms: number): void {
    this.refill(now);
    this.tokens = Math.min(this.tokens, 1 - (Math.max(0, ms) * this.ratePerSec) / 1000);
  }

  /** True when the bucket is full again, so it can be forgotten. */
  full(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.burst - 1e-9;
  }
}
