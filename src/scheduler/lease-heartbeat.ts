import type { Logger } from 'pino';
import type { Clock, Reminder, Store } from '../domain';

/** Starts a repeating timer; returns its stop function. Injected by tests; the default is setInterval. */
export type Every = (ms: number, fn: () => void) => () => void;

const realEvery: Every = (ms, fn) => {
  const timer = setInterval(fn, ms);
  timer.unref();
  return () => clearInterval(timer);
};

/** The lease ends this instance knows of, refreshed by heartbeats (the Reminder objects keep their claim-time end). */
export interface Leases {
  end(r: Reminder): Date | null;
  stop(): void;
}

/**
 * While a tick holds claimed rows, extends their leases every leaseMs / 4, so the lease can be short (a dead
 * instance's rows move on within one lease) while a long paced send-out keeps its rows.
 */
export function startLeaseHeartbeat(deps: {
  store: Store;
  clock: Clock;
  logger: Logger;
  instanceId: string;
  leaseMs: number;
  every?: Every;
}): Leases {
  const ends = new Map<string, Date>();
  let beating = false;
  const stop = (deps.every ?? realEvery)(Math.max(1, Math.floor(deps.leaseMs / 4)), () => {
    if (beating) return;
    beating = true;
    const now = deps.clock.now();
    deps.store.reminders
      .extendClaims(deps.instanceId, now, deps.leaseMs)
      .then((ids) => {
        const until = new Date(now.getTime() + deps.leaseMs);
        for (const id of ids) ends.set(id, until);
      })
      .catch((err: unknown) =>
        deps.logger.warn({ err }, 'lease heartbeat failed; leases run out unless the next one succeeds'),
      )
      .finally(() => {
        beating = false;
      });
  });
  return { end: (r) => ends.get(r.id) ?? r.claimedUntil, stop };
}
