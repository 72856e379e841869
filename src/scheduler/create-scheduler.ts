import type { Logger } from 'pino';
import type { Config } from '../config';
import type {
  CalendarLinks,
  ChartLinks,
  Clock,
  Notifier,
  Platform,
  Store,
  StoryboardLinks,
  TenantBudget,
} from '../domain';
import { budgetedNotifier } from './budgeted-notifier';
import { createCronTicker, type Ticker } from './cron-ticker';
import { startLeaseHeartbeat, type Every } from './lease-heartbeat';
import type { DeliveryDeps } from './deliver-reminder';
import { drainDue } from './drain-due';
import { PLATFORM_LIMITS, type PlatformLimits } from './platform-limits';
import { createRateLimiter, type RateLimiter, type Sleep } from './rate-limiter';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';
import { createSweepRunner, DEFAULT_SWEEP_INTERVALS, type SweepIntervals } from './sweeps/run-sweeps';
import { timeRulesFromConfig, type TimeRules } from './time-rules';

/** What one tick did; a tick never throws halfway, failures are counted and logged. */
export interface TickResult {
  delivered: number;
  retried: number;
  failed: number;
  dropped: number;
  /** Claimed but not sent before the lease ran out; another tick takes them after the lease. */
  deferred: number;
  /** Reminder rows created by the sweeps this tick. */
  planned: number;
  /** Sweeps or claims that failed this tick (logged; they run again next tick). */
  errors: string[];
}

/** The reminder scheduler of one instance. */
export interface Scheduler {
  /** Ticks at once (catch-up after downtime), then on the cron schedule. */
  start(): void;
  /**
   * Stops ticking; resolves when a running tick has finished. With `release` (graceful shutdown) the running tick
   * claims nothing more and starts no new send, and the rows this instance still holds go back to pending at once.
   */
  stop(opts?: { release?: boolean }): Promise<void>;
  /** Plans due causes into rows, then claims and sends due rows until none are left. */
  tick(): Promise<TickResult>;
}

/** Tunables; the defaults suit production. */
export interface SchedulerOptions {
  /** Rows claimed at a time. Keep batchSize / overall rate well below the lease. */
  batchSize: number;
  /** Claimed rows are held this long past the last heartbeat (every leaseMs / 4): a dead instance's rows move on after it. */
  leaseMs: number;
  leaseSafetyMs: number;
  /** Upper bound of rows one tick handles. */
  maxPerTick: number;
  maxInFlight: number;
  retry: RetryPolicy;
  limits: Record<Platform, PlatformLimits>;
  followUpWeeks: number;
  sweepIntervals: SweepIntervals;
  rules: TimeRules;
}

/** Dependencies; `sleep` and `ticker` are injected by tests (simulated time, manual ticks). */
export interface SchedulerDeps {
  store: Store;
  clock: Clock;
  notifiers: Notifier[];
  logger: Logger;
  config: Config;
  instanceId: string;
  charts?: ChartLinks | null;
  calendar?: CalendarLinks | null;
  storyboards?: StoryboardLinks | null;
  sleep?: Sleep;
  ticker?: Ticker;
  /** Timer of the lease heartbeat (tests drive it by hand). */
  every?: Every;
  options?: Partial<SchedulerOptions>;
  /**
   * Per-tenant budgets shared with the channels (the composition root's instance, e.g. Teams' 50 RPS per app
   * per tenant): every send of that platform draws from it, and a 429 pauses the tenant for everyone.
   */
  tenantBudgets?: Partial<Record<Platform, TenantBudget>>;
}

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Builds the scheduler: durable rows in the store, claimed with a lease, paced per conversation and platform. */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const o: SchedulerOptions = {
    batchSize: 500,
    leaseMs: 60_000,
    leaseSafetyMs: 15_000,
    maxPerTick: 50_000,
    maxInFlight: 64,
    retry: DEFAULT_RETRY_POLICY,
    limits: PLATFORM_LIMITS,
    followUpWeeks: 8,
    sweepIntervals: DEFAULT_SWEEP_INTERVALS,
    rules: timeRulesFromConfig(deps.config.scheduler),
    ...deps.options,
  };
  const { store, clock, instanceId } = deps;
  const logger = deps.logger.child({ component: 'scheduler', instanceId });
  const sleep = deps.sleep ?? realSleep;
  const limiters = new Map<Platform, RateLimiter>();
  const limiter = (platform: Platform) => {
    let l = limiters.get(platform);
    if (!l) {
      const { perConversation, overall } = o.limits[platform];
      l = createRateLimiter({ clock, sleep, perKey: perConversation, overall, maxInFlight: o.maxInFlight });
      limiters.set(platform, l);
    }
    return l;
  };
  const delivery: DeliveryDeps = {
    store,
    clock,
    logger,
    notifiers: new Map(
      deps.notifiers.map((n) => {
        const budget = deps.tenantBudgets?.[n.platform];
        return [n.platform, budget ? budgetedNotifier(n, budget) : n];
      }),
    ),
    limiter,
    charts: deps.charts ?? null,
    calendar: deps.calendar ?? null,
    storyboards: deps.storyboards ?? null,
    retry: o.retry,
    rules: o.rules,
    leaseSafetyMs: o.leaseSafetyMs,
  };
  const sweeps = createSweepRunner({
    store,
    rules: o.rules,
    logger,
    followUpWeeks: o.followUpWeeks,
    intervals: o.sweepIntervals,
  });
  const ticker = deps.ticker ?? createCronTicker(deps.config.scheduler.cron);
  let running: Promise<TickResult> | null = null;
  let stopping = false;
  delivery.stopping = () => stopping;

  async function runTick(): Promise<TickResult> {
    const result: TickResult = { delivered: 0, retried: 0, failed: 0, dropped: 0, deferred: 0, planned: 0, errors: [] };
    const swept = await sweeps.run(clock.now());
    result.planned = swept.planned;
    result.errors.push(...swept.errors);
    const leases = startLeaseHeartbeat({ store, clock, logger, instanceId, leaseMs: o.leaseMs, every: deps.every });
    delivery.leaseEnd = leases.end;
    let claimed: number;
    try {
      claimed = await drainDue({
        store,
        clock,
        instanceId,
        delivery,
        logger,
        options: o,
        result,
        stopping: () => stopping,
      });
    } finally {
      leases.stop();
    }
    if (claimed > 0 || result.planned > 0 || result.errors.length > 0) logger.info(result, 'scheduler tick');
    return result;
  }

  const scheduler: Scheduler = {
    tick() {
      if (!running) {
        running = runTick()
          .catch((err: unknown) => {
            logger.error({ err }, 'scheduler tick failed');
            return { delivered: 0, retried: 0, failed: 0, dropped: 0, deferred: 0, planned: 0, errors: ['tick'] };
          })
          .finally(() => {
            running = null;
          });
      }
      return running;
    },
    start() {
      stopping = false;
      ticker.start(() => void scheduler.tick());
      void scheduler.tick();
    },
    async stop(opts = {}) {
      ticker.stop();
      if (opts.release) stopping = true;
      if (running) await running;
      if (!opts.release) return;
      try {
        const released = await store.reminders.releaseClaims(instanceId);
        if (released > 0) logger.info({ released }, 'released claimed reminders for other instances');
      } catch (err) {
        logger.warn({ err }, 'could not release claimed reminders; their leases expire');
      }
    },
  };
  return scheduler;
}
