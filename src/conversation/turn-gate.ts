import { DomainError, isDomainError, type Locale } from '../domain';
import { createTranslator } from '../i18n/translator';
import type { Conversation } from './create-conversation';

/** Limits of one instance: turns at once, turns waiting, and how long one may wait (milliseconds). */
export interface TurnLimits {
  concurrency: number;
  queue: number;
  queueWaitMs: number;
}

/** Bounded concurrency with a bounded queue, and the drain for a graceful shutdown. */
export interface TurnGate {
  /** Runs fn when a slot is free; throws DomainError('BUSY') when the queue is full, the wait too long, or closed. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  /** Refuses new turns from now on; resolves when the turns in flight have finished or after `graceMs`. */
  close(graceMs: number): Promise<void>;
  /** Turns running and waiting now. */
  load(): { running: number; waiting: number };
}

/**
 * Whether this instance is past what it can take (an event loop that lags, see server/event-loop-pressure.ts). On
 * SQLite a turn never yields, so the gate alone never sees more than one: requests wait in the socket backlog instead.
 */
export interface LoadPressure {
  saturated(): boolean;
}

/** Seconds a refused client should wait before retrying (Retry-After). */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Builds a gate. A refused turn has not started, so nothing of it is written. With `pressure`, a turn arriving
 * while it reports saturation is refused at once as well (shed load rather than let latency grow without bound).
 */
export function createTurnGate(limits: TurnLimits, pressure?: LoadPressure): TurnGate {
  let running = 0;
  let closed = false;
  const waiting: Array<{ start: () => void }> = [];
  const idle: Array<() => void> = [];
  const busy = (why = closed ? 'shutting down' : 'at capacity') => new DomainError('BUSY', {}, why);

  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) next.start();
    else if (running === 0) for (const resolve of idle.splice(0)) resolve();
  };
  const acquire = (): Promise<void> => {
    if (closed) return Promise.reject(busy());
    if (pressure?.saturated()) return Promise.reject(busy('overloaded'));
    if (running < limits.concurrency && waiting.length === 0) {
      running++;
      return Promise.resolve();
    }
    if (waiting.length >= limits.queue) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(timer);
          running++;
          resolve();
        },
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(entry), 1);
        reject(busy());
      }, limits.queueWaitMs);
      timer.unref();
      waiting.push(entry);
    });
  };

  return {
    async run(fn) {
      await acquire();
      try {
        return await fn();
      } finally {
        release();
      }
    },
    close(graceMs) {
      closed = true;
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        timer.unref();
        idle.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}

/**
 * The core behind a gate. `busy: 'throw'` lets the channel answer 503 (local); `busy: 'reply'` answers a short
 * "busy, try again shortly" in the turn's language (Teams, Slack: their platform expects a message).
 */
export function gateConversation(conversation: Conversation, gate: TurnGate, busy: 'throw' | 'reply'): Conversation {
  return {
    async handle(turn) {
      try {
        return await gate.run(() => conversation.handle(turn));
      } catch (err) {
        if (busy === 'throw' || !isDomainError(err, 'BUSY')) throw err;
        const locale: Locale = turn.localeHint ?? 'da';
        return [{ text: createTranslator(locale)('error.BUSY'), error: { code: 'BUSY' } }];
      }
    },
    // A view is read-only and short: it passes the gate without a slot (the card stays as it was when refused).
    view: (turn, audience) => conversation.view(turn, audience),
  };
}
