/** Stable error codes the core raises; the conversation layer turns them into catalogue messages. */
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'CPR_NUMBER_REFUSED'
  | 'NEGATIVE_VALUE'
  | 'NUMERATOR_EXCEEDS_DENOMINATOR'
  | 'DENOMINATOR_REQUIRED'
  | 'DENOMINATOR_NOT_ALLOWED'
  | 'ZERO_DENOMINATOR'
  | 'PERCENT_NOT_ALLOWED'
  | 'PERCENT_NOT_FOR_UNIT'
  | 'UNREADABLE_VALUE'
  | 'UNKNOWN_MEASURE'
  | 'AMBIGUOUS_MEASURE'
  | 'MEASURE_NOT_AVAILABLE'
  | 'UNKNOWN_TEAM'
  | 'UNKNOWN_PERSON'
  | 'UNKNOWN_COLLABORATIVE'
  | 'NOT_FOUND'
  | 'PERIOD_NOT_STARTED'
  | 'PERIOD_OUTSIDE_COLLABORATIVE'
  | 'INVALID_PERIOD'
  | 'CONFIRMATION_REQUIRED'
  | 'PDSA_PHASE_ORDER'
  | 'PERMISSION_DENIED'
  | 'NOT_IN_TEAM'
  | 'UNKNOWN_WORKSPACE'
  | 'INVITE_INVALID'
  | 'DUPLICATE'
  | 'RATE_LIMITED'
  | 'CONFLICT'
  | 'BASELINE_MEASURE_MISSING'
  | 'BASELINE_PERIOD_MISSING'
  | 'BASELINE_NO_DATA'
  | 'BASELINE_PERIOD_OUTSIDE'
  | 'BASELINE_PART_AT_START'
  | 'BASELINE_NOTHING_TO_UNDO'
  | 'BASELINE_TEAM_MISSING'
  /** The database is unreachable or timed out; nothing was changed, try again shortly. */
  | 'STORE_UNAVAILABLE'
  /** The instance is at capacity; nothing was changed, try again shortly. */
  | 'BUSY';

/** An expected, user-explainable failure. `params` fill the catalogue message; never put CPR-like text in them. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly params: Record<string, string | number> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'DomainError';
  }
}

/** True when `err` is a DomainError, optionally with the given code. */
export function isDomainError(err: unknown, code?: DomainErrorCode): err is DomainError {
  return err instanceof DomainError && (code === undefined || err.code === code);
}
