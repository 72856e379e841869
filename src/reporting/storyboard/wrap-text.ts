import type { TextRenderer } from '../../charts/svg/text-renderer';
import { fitText } from '../../charts/svg/fit-text';

/** Breaks `text` into lines of at most `maxWidth` px (words kept whole; a too-long word is cut); at most `maxLines`, the last ending in "…" when cut. */
export function wrapText(t: TextRenderer, text: string, maxWidth: number, size: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (t.measure(next, size) <= maxWidth) line = next;
      else {
        if (line) lines.push(line);
        line = fitText(t, word, maxWidth, size);
      }
    }
    lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(t, `${kept[maxLines - 1]} …`, maxWidth, size);
  return kept;
}
