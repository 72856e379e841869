import type { ChartAnnotation } from './chart-input';
import type { ChartFrame } from './chart-frame';
import { mergeLabels } from './merge-labels';
import { fitText } from './svg/fit-text';
import type { TextRenderer } from './svg/text-renderer';
import { clamp } from './value-range';

/** Font size of annotation labels in px. */
export const ANNOTATION_SIZE = 10;
/** Height of one row of annotation labels in px. */
export const ANNOTATION_ROW = 13;
/** Pixels between the plot's top edge and the baseline of the first label row (room for the marker triangle). */
export const ANNOTATION_LIFT = 9;
/** Least horizontal space in px between two labels in one row. */
const GAP = 6;
/** A label starts this far left of its marker (or, right-aligned, ends this far right of it). */
const INSET = 3;

/** One label above the plot: its box is [x, x + width] in row `row` (0 just above the plot, 1 above that). */
export interface AnnotationLabel {
  text: string;
  x: number;
  width: number;
  row: number;
  /** Subgroup positions of the annotations this label names (several when labels were merged). */
  indices: number[];
}

/** Where PDSA markers and their labels go. */
export interface AnnotationLayout {
  /** One marker line per distinct annotated position. */
  markers: Array<{ index: number; x: number }>;
  labels: AnnotationLabel[];
  /** Label rows used (0 without annotations). */
  rows: number;
}

/**
 * Lays annotation labels out so they never overlap and stay over the plot (between `frame.left` and
 * `frame.right`): each label starts at its marker, or ends at it when it would run past the right edge;
 * a label that collides in every one of the `maxRows` rows is merged with its left neighbour into one
 * label over both ("PDSA 2–4"), and the layout is tried again.
 */
export function layoutAnnotations(
  t: TextRenderer,
  annotations: readonly ChartAnnotation[],
  frame: Pick<ChartFrame, 'x' | 'left' | 'right'>,
  maxRows = 2,
): AnnotationLayout {
  let groups: ChartAnnotation[][] = [];
  for (const a of [...annotations].sort((p, q) => p.index - q.index)) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.index === a.index) last.push(a);
    else groups.push([a]);
  }
  const markers = groups.map((g) => ({ index: g[0]!.index, x: frame.x(g[0]!.index) }));
  const rowCount = Math.max(1, maxRows);
  for (;;) {
    const rowEnds = Array<number>(rowCount).fill(-Infinity);
    const labels: AnnotationLabel[] = [];
    let conflict = -1;
    for (let k = 0; k < groups.length && conflict < 0; k++) {
      const box = labelBox(t, groups[k]!, frame);
      const row = rowEnds.findIndex((end) => end + GAP <= box.x);
      if (row < 0) conflict = k;
      else {
        rowEnds[row] = box.x + box.width;
        labels.push({ ...box, row });
      }
    }
    // Row 0 is empty for the first label, so a conflict is always at k ≥ 1 and merging shrinks `groups`.
    if (conflict < 0) return { markers, labels, rows: labels.reduce((m, l) => Math.max(m, l.row + 1), 0) };
    groups = [
      ...groups.slice(0, conflict - 1),
      [...groups[conflict - 1]!, ...groups[conflict]!],
      ...groups.slice(conflict + 1),
    ];
  }
}

/** Text and box of one label group: at its marker, or centred over several markers, clamped into the plot. */
function labelBox(
  t: TextRenderer,
  group: ChartAnnotation[],
  frame: Pick<ChartFrame, 'x' | 'left' | 'right'>,
): Omit<AnnotationLabel, 'row'> {
  const indices = [...new Set(group.map((a) => a.index))];
  const x0 = frame.x(indices[0]!);
  const x1 = frame.x(indices[indices.length - 1]!);
  const room = Math.max(0, frame.right - frame.left);
  let text = mergeLabels(group.map((a) => a.label));
  let width = t.measure(text, ANNOTATION_SIZE);
  if (width > room) {
    text = fitText(t, text, room, ANNOTATION_SIZE);
    width = t.measure(text, ANNOTATION_SIZE);
  }
  let x = indices.length > 1 ? (x0 + x1) / 2 - width / 2 : x0 - INSET;
  if (indices.length === 1 && x + width > frame.right) x = x0 + INSET - width;
  x = clamp(x, frame.left, frame.right - width);
  return { text, x, width, indices };
}
