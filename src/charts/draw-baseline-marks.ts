import type { Locale } from '../analysis';
import { messages } from '../analysis';
import type { ChartBaselineMark } from './chart-input';
import type { ChartFrame } from './chart-frame';
import { palette } from './palette';
import { num } from './svg/escape-xml';
import { fitText } from './svg/fit-text';
import type { TextRenderer } from './svg/text-renderer';

/** Size of the labels of baseline marks in px. */
const MARK_SIZE = 9;

/**
 * A dashed vertical line where the team split the chart (between the parts) or froze the baseline (after
 * its last value), labelled at the top of the plot: "Ny periode uge 29 2026" right of a split, "Baseline
 * frosset uge 12 2026" left of a freeze, so the label sits over the values it names.
 */
export function drawBaselineMarks(
  t: TextRenderer,
  marks: readonly ChartBaselineMark[],
  frame: ChartFrame,
  count: number,
  locale: Locale,
): string {
  const words = messages[locale].chart;
  let out = '';
  for (const mark of marks) {
    const before = mark.kind === 'part' ? mark.index - 1 : mark.index;
    if (before < 0 || before + 1 >= count) continue;
    const x = (frame.x(before) + frame.x(before + 1)) / 2;
    out += `<path d="M${num(x)} ${num(frame.top)}V${num(frame.bottom)}" stroke="${palette.centre}" stroke-width="1" stroke-dasharray="5 3"/>`;
    const text = `${mark.kind === 'part' ? words.newPart : words.frozen} ${mark.label}`;
    const room = mark.kind === 'part' ? frame.right - x - 4 : x - frame.left - 4;
    const shown = fitText(t, text, Math.max(0, room), MARK_SIZE);
    if (!shown) continue;
    out += t.markup({
      x: mark.kind === 'part' ? x + 3 : x - 3,
      y: frame.top + MARK_SIZE + 2,
      text: shown,
      size: MARK_SIZE,
      anchor: mark.kind === 'part' ? 'start' : 'end',
      fill: palette.axisText,
    });
  }
  return out;
}
