import type { Locale, Measure, Measurement } from '../domain';
import { formatNumber } from '../i18n/translator';

/**
 * A stored value in display units: a proportion (stored 0–1) as a percentage, a rate (stored per 1) times
 * the measure's multiplier; counts and values as they are. Charts and cards show display units.
 */
export function toDisplay(measure: Measure, stored: number): number {
  if (measure.unitKind === 'proportion') return stored * 100;
  if (measure.unitKind === 'rate') return stored * measure.multiplier;
  return stored;
}

/** A value in display units with its unit: `82 %` / `82%`, `42 timer`, `2,3 pr. 1000 sengedage`. */
export function formatDisplay(measure: Measure, display: number, locale: Locale): string {
  if (measure.unitKind === 'proportion' || measure.unit === '%')
    return `${formatNumber(display, locale, 1)}${locale === 'da' ? ' %' : '%'}`;
  const text = formatNumber(display, locale, measure.unitKind === 'count' ? 1 : 2);
  return measure.unit ? `${text} ${measure.unit}` : text;
}

/** A stored measurement as typed and in display units: `18/22 (81,8 %)`, `42 timer`. */
export function formatMeasurement(
  measure: Measure,
  m: Pick<Measurement, 'value' | 'numerator' | 'denominator'>,
  locale: Locale,
): string {
  const shown = formatDisplay(measure, toDisplay(measure, m.value), locale);
  if (m.numerator === null || m.denominator === null) return shown;
  return `${formatNumber(m.numerator, locale)}/${formatNumber(m.denominator, locale)} (${shown})`;
}

/** The goal (stored in display units) with its unit; null without a goal. */
export function formatGoal(measure: Measure, locale: Locale): string | null {
  return measure.goal === null ? null : formatDisplay(measure, measure.goal, locale);
}
