import type { ChartAnnotation } from './chart-input';
import type { ChartFrame } from './chart-frame';
import { palette } from './palette';
import { num } from './svg/escape-xml';
import type { TextRenderer } from './svg/text-renderer';

/** Font size of annotation labels in px. */
export const ANNOTATION_SIZE = 10;
/** Height of one row of annotation labels in px. */
export const ANNOTATION_ROW = 13;

/** An annotation with its label position: row 0 sits just above the plot, row 1 above that. */
export interface PlacedAnnotation {
  a: ChartAnnotation;
  row: number;
  x: number;
  anchor: 'start' | 'end';
}

/** Assigns annotation labels to at most `maxRows` rows so neighbours do not overlap where possible. */
export function placeAnnotations(
  t: TextRenderer,
  annotations: readonly ChartAnnotation[],
  frame: Pick<ChartFrame, 'x'>,
  width: number,
  maxRows = 2,
): PlacedAnnotation[] {
  const rowEnds = Array<number>(Math.max(1, maxRows)).fill(-Infinity);
  return [...annotations]
    .sort((a, b) => a.index - b.index)
    .map((a) => {
      const w = t.measure(a.label, ANNOTATION_SIZE);
      const x = frame.x(a.index);
      const anchor: 'start' | 'end' = x + 3 + w > width - 4 ? 'end' : 'start';
      const start = anchor === 'start' ? x - 3 : x - 3 - w;
      let row = rowEnds.findIndex((end) => end + 6 <= start);
      if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = start + w + 6;
      return { a, row, x, anchor };
    });
}

/** Rows needed for the placed labels (0 without annotations). */
export function annotationRows(placed: readonly PlacedAnnotation[]): number {
  return placed.reduce((m, p) => Math.max(m, p.row + 1), 0);
}

/** Vertical marker lines with a small triangle at the top of the plot, and their labels above it. */
export function drawAnnotations(t: TextRenderer, placed: readonly PlacedAnnotation[], frame: ChartFrame): string {
  let out = '';
  for (const { a, row, x, anchor } of placed) {
    const xs = num(x);
    out += `<path d="M${xs} ${num(frame.top)}V${num(frame.bottom)}" stroke="${palette.annotation}" stroke-width="1.25" stroke-dasharray="2 2"/>`;
    out += `<path d="M${num(x - 4)} ${num(frame.top - 1)}h8l-4 5z" fill="${palette.annotation}"/>`;
    out += t.markup({
      x: anchor === 'start' ? x - 3 : x + 3,
      y: frame.top - 5 - row * ANNOTATION_ROW,
      text: a.label,
      size: ANNOTATION_SIZE,
      anchor,
      fill: palette.annotationText,
    });
  }
  return out;
}
