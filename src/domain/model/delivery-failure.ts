/**
 * Why a reminder was not delivered, when the scheduler knows: the bot was removed (`GONE`), there is no conversation
 * to write to (`NO_CONVERSATION`), no channel is configured for its platform (`NO_NOTIFIER`), or sending raised an
 * error (`ERROR`). Other failures carry the platform's own reason (`HTTP 413 …`, `rate_limited`) and no kind.
 */
export const DELIVERY_FAILURE_KINDS = ['GONE', 'NO_CONVERSATION', 'NO_NOTIFIER', 'ERROR'] as const;
/** One delivery failure kind. */
export type DeliveryFailureKind = (typeof DELIVERY_FAILURE_KINDS)[number];

/** Failure kinds that mean "the bot is not there" rather than "sending failed" (the broadcast report counts them apart). */
export const UNREACHABLE_FAILURES: ReadonlySet<DeliveryFailureKind> = new Set([
  'GONE',
  'NO_CONVERSATION',
  'NO_NOTIFIER',
]);

/** The text recorded as a reminder's `lastError` for a failure of `kind`: `GONE: HTTP 403 bot removed`. */
export const failureText = (kind: DeliveryFailureKind, detail: string): string => `${kind}: ${detail}`;

/** True when a recorded `lastError` says the bot is not there (an `UNREACHABLE_FAILURES` kind). */
export function isUnreachableFailure(lastError: string | null): boolean {
  const kind = failureKindOf(lastError);
  return kind !== null && UNREACHABLE_FAILURES.has(kind);
}

/** The failure kind of a recorded `lastError` (written by `failureText`); null for a platform's own reason. */
export function failureKindOf(lastError: string | null): DeliveryFailureKind | null {
  const head = lastError?.split(':', 1)[0];
  return DELIVERY_FAILURE_KINDS.find((k) => k === head) ?? null;
}
