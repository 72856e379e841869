import { DomainError, type Measure } from '../../domain';
import type { MeasurementValues } from '../../domain';
import { parseValue } from '../quick-text/parse-value';

/**
 * Turns a typed value into the numbers recordMeasurement checks. A bare percentage has no denominator, so
 * it cannot feed a P chart: `82%` is accepted only for a `value` measure whose unit is "%" (stored as 82);
 * for proportions and rates it is refused with "write numerator/denominator", for other measures with
 * "write the number".
 */
export function typedValues(measure: Measure, valueText: string): MeasurementValues {
  const typed = parseValue(valueText.replace(/\s+/g, ''));
  if (!typed) throw new DomainError('UNREADABLE_VALUE', { value: valueText.trim() });
  if (typed.kind === 'single') return { value: typed.value, numerator: null, denominator: null };
  if (typed.kind === 'fraction') return { value: null, numerator: typed.numerator, denominator: typed.denominator };
  if (measure.unitKind === 'value' && measure.unit?.trim() === '%')
    return { value: typed.value, numerator: null, denominator: null };
  if (measure.unitKind === 'proportion' || measure.unitKind === 'rate')
    throw new DomainError('PERCENT_NOT_ALLOWED', { measure: measure.code });
  throw new DomainError('PERCENT_NOT_FOR_UNIT', { measure: measure.code });
}
