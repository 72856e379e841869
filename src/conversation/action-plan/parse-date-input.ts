import { periodKindOfKey } from '../../domain';
import { readPeriodShape } from '../quick-text/period-shapes';

/**
 * A date typed or picked in a form as `YYYY-MM-DD`, or null: every Danish date shape the quick texts read
 * (`2026-03-24`, `24-03-2026`, `24.03.2026`, `24/3/26`, `24. marts 2026`; with `today`, also `24/3` and
 * `24. mar.`, this year's or last year's).
 */
export function parseDateInput(text: string, today: string | null = null): string | null {
  const reading = readPeriodShape(text.trim().toLowerCase(), today);
  if (!reading || !('key' in reading) || periodKindOfKey(reading.key) !== 'day') return null;
  return reading.key;
}
