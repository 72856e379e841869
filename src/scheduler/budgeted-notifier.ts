import type { DeliveryResult, Notifier, TenantBudget } from '../domain';

/**
 * A notifier whose sends draw from the tenant budget; a 429 with Retry-After pauses the whole tenant (the
 * rollout's requests as well), not only this conversation.
 */
export function budgetedNotifier(notifier: Notifier, budget: TenantBudget): Notifier {
  return {
    platform: notifier.platform,
    async send(ref, message): Promise<DeliveryResult> {
      const result = await budget.run(ref.tenantId, () => notifier.send(ref, message));
      if (!result.ok && result.retryable && result.retryAfterMs !== undefined)
        budget.pause(ref.tenantId, result.retryAfterMs);
      return result;
    },
  };
}
