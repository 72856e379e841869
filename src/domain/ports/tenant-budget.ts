/**
 * One platform's request budget per tenant, shared by everything that calls the platform for that tenant (the
 * Teams rollout's roster reads and chat creation, the scheduler's sends), so together they never exceed the
 * platform's per-tenant rate. Keys are tenant ids.
 */
export interface TenantBudget {
  /** Runs `task` (one platform request) once the tenant's budget has room for it. */
  run<T>(tenantId: string, task: () => Promise<T>): Promise<T>;
  /** The platform answered 429 with Retry-After: nothing more starts for this tenant for `ms` milliseconds. */
  pause(tenantId: string, ms: number): void;
}
