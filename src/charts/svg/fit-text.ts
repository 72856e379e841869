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

/**
 * Fits each of several labels shown side by side into `maxWidth` px: cut at the end, or in the middle when cutting
 * the end would make it look like another label ("Ortopædkirurgi H…" twice → "Ortopæd…Hvidovre", "Ortopæd…Herlev").
 */
export function fitDistinct(
  t: TextRenderer,
  texts: readonly string[],
  maxWidth: number,
  size: number,
  weight?: FontWeight,
): string[] {
  const ends = texts.map((text) => fitText(t, text, maxWidth, size, weight));
  const seen = new Map<string, number>();
  for (const s of ends) seen.set(s, (seen.get(s) ?? 0) + 1);
  return ends.map((s, i) =>
    (seen.get(s) ?? 0) > 1 && s !== texts[i] ? fitMiddle(t, texts[i]!, maxWidth, size, weight) : s,
  );
}

/** Shortens `text` in the middle (keeping its start and end) until it fits `maxWidth` px. */
function fitMiddle(t: TextRenderer, text: string, maxWidth: number, size: number, weight?: FontWeight): string {
  const chars = [...text];
  const cut = (keep: number) => {
    const tail = Math.floor(keep / 2);
    return `${chars
      .slice(0, keep - tail)
      .join('')
      .trimEnd()}…${chars
      .slice(chars.length - tail)
      .join('')
      .trimStart()}`;
  };
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.measure(cut(mid), size, weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : cut(lo);
}
