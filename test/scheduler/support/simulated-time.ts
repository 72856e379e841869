import type { Clock } from '../../../src/domain';

/**
 * Discrete-event simulated time: a clock plus a `sleep` that resolves when simulated time reaches its deadline.
 * `drive(work)` runs work to completion and, whenever everything else is idle (microtasks and immediates
 * drained), jumps time to the next sleeper. So pacing is exact and a simulated hour takes milliseconds.
 */
export class SimulatedTime implements Clock {
  private t: number;
  private sleepers: Array<{ at: number; resolve: () => void }> = [];

  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.t);
  }

  advance(ms: number): void {
    this.t += ms;
  }

  set(at: Date | string): void {
    this.t = new Date(at).getTime();
  }

  /** Waits `ms` of simulated time. */
  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => this.sleepers.push({ at: this.t + Math.max(0, ms), resolve }));

  /** Runs `work`, advancing simulated time only when nothing else can progress. */
  async drive<T>(work: Promise<T>): Promise<T> {
    let done = false;
    const settled = work.finally(() => {
      done = true;
    });
    settled.catch(() => undefined);
    while (!done) {
      await idle();
      if (done) break;
      if (this.sleepers.length === 0) {
        // Waiting on real I/O (a PostgreSQL round trip): yield to the event loop without spinning.
        await new Promise<void>((resolve) => setTimeout(resolve, 1));
        continue;
      }
      this.sleepers.sort((a, b) => a.at - b.at);
      const next = this.sleepers[0]!.at;
      this.t = Math.max(this.t, next);
      const due = this.sleepers.filter((s) => s.at <= this.t);
      this.sleepers = this.sleepers.filter((s) => s.at > this.t);
      for (const s of due) s.resolve();
    }
    return settled;
  }
}

async function idle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
