import type { Logger } from 'pino';
import type { Store } from '../../domain';
import { PersonLookup } from '../audiences';
import type { TimeRules } from '../time-rules';
import { sweepActionPlans } from './action-plan-sweep';
import { sweepData } from './data-sweep';
import { sweepPdsa } from './pdsa-sweep';
import { sweepProgress } from './progress-sweep';
import { sweepSeminars } from './seminar-sweep';
import { sweepStoryboards } from './storyboard-sweep';
import { createScheduleFn, type SweepContext } from './sweep-context';
import { sweepSummaries } from './summary-sweep';

/** How often each sweep runs (ms; 0 = every tick). Seminars and missing data every tick (unchanged ones skipped cheaply). */
export interface SweepIntervals {
  seminars: number;
  data: number;
  /** PDSA due dates, action plans and sponsor subscriptions. */
  others: number;
  /** An unchanged seminar is re-planned after this long (picks up new team members). */
  seminarResync: number;
}

/** Default sweep intervals. */
export const DEFAULT_SWEEP_INTERVALS: SweepIntervals = {
  seminars: 0,
  data: 0,
  others: 15 * 60_000,
  seminarResync: 3600_000,
};

/** Result of one round of sweeps: rows created and the sweeps that failed (logged, retried next round). */
export interface SweepReport {
  planned: number;
  errors: string[];
}

/**
 * The planners' service: turns causes in the store (seminars, PDSA due dates, action plans, missing data,
 * sponsor subscriptions) into reminder rows. Every row has a dedupe key, so running a sweep twice, or on two
 * instances at once, creates each reminder once.
 */
export function createSweepRunner(deps: {
  store: Store;
  rules: TimeRules;
  logger: Logger;
  followUpWeeks: number;
  intervals?: SweepIntervals;
}) {
  const intervals = deps.intervals ?? DEFAULT_SWEEP_INTERVALS;
  const remembered = new Set<string>();
  const synced = new Map<string, { state: string; at: number }>();
  const handledData = new Set<string>();
  const lastRun = new Map<string, number>();
  const sweeps: Array<[string, (ctx: SweepContext) => Promise<number>, number]> = [
    ['seminars', (ctx) => sweepSeminars(ctx, synced, intervals.seminarResync), intervals.seminars],
    ['pdsa', sweepPdsa, intervals.others],
    ['actionPlans', sweepActionPlans, intervals.others],
    ['data', (ctx) => sweepData(ctx, handledData), intervals.data],
    ['summaries', sweepSummaries, intervals.others],
    ['progress', sweepProgress, intervals.others],
    ['storyboards', sweepStoryboards, intervals.others],
  ];
  return {
    async run(now: Date): Promise<SweepReport> {
      const ctx: SweepContext = {
        store: deps.store,
        now,
        rules: deps.rules,
        logger: deps.logger,
        people: new PersonLookup(deps.store),
        followUpWeeks: deps.followUpWeeks,
        schedule: createScheduleFn(deps.store, remembered),
      };
      const report: SweepReport = { planned: 0, errors: [] };
      for (const [name, sweep, every] of sweeps) {
        const last = lastRun.get(name);
        if (last !== undefined && now.getTime() - last < every && now.getTime() >= last) continue;
        try {
          report.planned += await sweep(ctx);
          lastRun.set(name, now.getTime());
        } catch (err) {
          deps.logger.error({ err, sweep: name }, 'reminder sweep failed; it runs again next tick');
          report.errors.push(name);
        }
      }
      return report;
    },
  };
}
