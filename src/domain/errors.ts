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
  /** A correction or deletion names a period that has no value. */
  | 'NO_MEASUREMENT_FOR_PERIOD'
  /** A typed week number that no year has (`uge 54`); params.week is the text. */
  | 'INVALID_WEEK'
  /** Week 53 of a year with 52 weeks; params.week and params.year. */
  | 'WEEK_NOT_IN_YEAR'
  /** A typed year that is neither four nor two digits (`20266`); params.year is the text. */
  | 'INVALID_YEAR'
  /** A month number outside 1–12 (`2026-13`); params.month is the text. */
  | 'INVALID_MONTH'
  /** A date that does not exist (`31/02/2026`); params.date is the text. */
  | 'INVALID_DATE'
  /** A week or month typed for a measure counted per day, week or month that it does not fit; params.period. */
  | 'PERIOD_NEEDS_DAY'
  | 'PERIOD_NEEDS_WEEK'
  | 'PERIOD_NEEDS_MONTH'
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
