import type { FontWeight } from '../font/dejavu';
import type { TextRenderer } from './text-renderer';

/** Shortens `text` with an ellipsis until it fits `maxWidth` px. */
export function fitText(t: TextRenderer, text: string, maxWidth: number, size: number, weight?: FontWeight): string {
  if (t.measure(text, size, weight) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.measure(`${chars.slice(0, mid).join('').trimEnd()}…`, size, weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}
