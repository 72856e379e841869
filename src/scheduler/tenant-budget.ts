import type { Clock, TenantBudget } from '../domain';
import { createRateLimiter, type RateLimit, type Sleep } from './rate-limiter';

/** A tenant budget that also tells how many of its requests are under way (tests wait for them). */
export interface PacedTenantBudget extends TenantBudget {
  readonly inFlight: number;
}

/** Options: the tenant rate (e.g. PLATFORM_LIMITS.teams.overall), the clock and sleep it paces on. */
export interface TenantBudgetOptions {
  clock: Clock;
  sleep: Sleep;
  rate: RateLimit;
  maxInFlight?: number;
}

/** No limit across tenants: each tenant has its own budget. */
const UNLIMITED: RateLimit = { ratePerSec: 1e9, burst: 1e9 };

/**
 * The per-tenant budget on the rate limiter: one lane per tenant at `rate`, no limit across tenants. The
 * composition root builds one per platform and injects it into the channel (rollout) and the scheduler (sends).
 */
export function createTenantBudget(opts: TenantBudgetOptions): PacedTenantBudget {
  const limiter = createRateLimiter({
    clock: opts.clock,
    sleep: opts.sleep,
    perKey: opts.rate,
    overall: UNLIMITED,
    ...(opts.maxInFlight ? { maxInFlight: opts.maxInFlight } : {}),
  });
  return {
    run: (tenantId, task) => limiter.run(tenantId, task),
    pause: (tenantId, ms) => limiter.pause(tenantId, ms),
    get inFlight() {
      return limiter.inFlight;
    },
  };
}
