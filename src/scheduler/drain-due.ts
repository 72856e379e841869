import type { Logger } from 'pino';
import type { Clock, Reminder, Store } from '../domain';
import type { SchedulerOptions, TickResult } from './create-scheduler';
import { deliverReminder, type DeliveryDeps, type Outcome } from './deliver-reminder';

/**
 * Claims due rows in batches and delivers them until none are due, counting outcomes into `result`. Pipelined:
 * the next batch is claimed while the previous one is still being paced out, so the rate limiter always has
 * work for many conversations; a batch stays small against the lease (batchSize ÷ overall rate ≪ leaseMs).
 * Returns how many rows were claimed.
 */
export async function drainDue(deps: {
  store: Store;
  clock: Clock;
  instanceId: string;
  delivery: DeliveryDeps;
  logger: Logger;
  options: Pick<SchedulerOptions, 'batchSize' | 'maxPerTick' | 'leaseMs'>;
  result: TickResult;
  /** True once a graceful shutdown began: claim nothing more. */
  stopping?: () => boolean;
}): Promise<number> {
  const { store, clock, instanceId, delivery, logger, options: o, result } = deps;
  const inFlight = new Set<Promise<void>>();
  let claimed = 0;
  let exhausted = false;
  while (true) {
    while (!exhausted && !deps.stopping?.() && inFlight.size < o.batchSize / 2 && claimed < o.maxPerTick) {
      let rows: Reminder[];
      try {
        rows = await store.reminders.claimDue(
          clock.now(),
          Math.min(o.batchSize, o.maxPerTick - claimed),
          instanceId,
          o.leaseMs,
        );
      } catch (err) {
        logger.error({ err }, 'claiming due reminders failed');
        result.errors.push('claim');
        rows = [];
      }
      if (rows.length === 0) exhausted = true;
      claimed += rows.length;
      for (const r of rows) {
        const p: Promise<void> = deliverReminder(r, delivery).then((outcome: Outcome) => {
          result[outcome]++;
          inFlight.delete(p);
        });
        inFlight.add(p);
      }
    }
    if (inFlight.size === 0) break;
    await Promise.race(inFlight);
  }
  return claimed;
}
