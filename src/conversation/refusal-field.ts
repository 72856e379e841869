import type { DomainError, DomainErrorCode } from '../domain';
import type { CardAction } from './turn';

/**
 * Card inputs a refusal is about when the error does not name one itself, by the submitting verb and the
 * error code: candidates in order, the first the submitted form carried wins (the measurement form has one
 * value field, or numerator and denominator for a fixed proportion or rate measure). Only refusals that
 * are plainly about one typed value belong here; the rest stay without a field.
 */
const FIELDS: Record<string, Partial<Record<DomainErrorCode, readonly string[]>>> = {
  'measurement.submit': {
    NUMERATOR_EXCEEDS_DENOMINATOR: ['numerator', 'value'],
    ZERO_DENOMINATOR: ['denominator', 'value'],
    NEGATIVE_VALUE: ['value'],
    DENOMINATOR_REQUIRED: ['value'],
    DENOMINATOR_NOT_ALLOWED: ['value'],
    PERCENT_NOT_ALLOWED: ['value'],
    PERCENT_NOT_FOR_UNIT: ['value'],
    UNREADABLE_VALUE: ['value'],
    INVALID_PERIOD: ['period'],
    INVALID_WEEK: ['period'],
    WEEK_NOT_IN_YEAR: ['period'],
    INVALID_YEAR: ['period'],
    INVALID_MONTH: ['period'],
    INVALID_DATE: ['period'],
    PERIOD_NEEDS_DAY: ['period'],
    PERIOD_NEEDS_WEEK: ['period'],
    PERIOD_NEEDS_MONTH: ['period'],
    PERIOD_NOT_STARTED: ['period'],
    PERIOD_OUTSIDE_COLLABORATIVE: ['period'],
    MEASURE_NOT_AVAILABLE: ['measureId'],
  },
};

/**
 * The id of the submitted card input a refusal is about, when it can be known: `params.field` when it
 * names a value the form sent, else the mapping above. Only a key of the action's data qualifies (the
 * channel still checks it against the inputs it showed: data also carries the button's own ids).
 */
export function refusalField(err: DomainError, action: CardAction | undefined): string | undefined {
  if (!action) return undefined;
  const sent = (id: string) => Object.hasOwn(action.data, id);
  const named = err.params.field;
  if (typeof named === 'string' && sent(named)) return named;
  return FIELDS[action.verb]?.[err.code]?.find(sent);
}
