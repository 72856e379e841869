import { ANNOTATION_LIFT, ANNOTATION_ROW, ANNOTATION_SIZE, type AnnotationLayout } from './annotation-layout';
import type { ChartFrame } from './chart-frame';
import { palette } from './palette';
import { num } from './svg/escape-xml';
import type { TextRenderer } from './svg/text-renderer';

/**
 * A dotted vertical line for every annotated position, topped by a small triangle just above the plot (so a
 * point at the top of the axis, e.g. 100 %, is never hidden), and the laid-out labels above those.
 */
export function drawAnnotations(t: TextRenderer, layout: AnnotationLayout, frame: ChartFrame): string {
  let out = '';
  for (const { x } of layout.markers) {
    const xs = num(x);
    out += `<path d="M${xs} ${num(frame.top)}V${num(frame.bottom)}" stroke="${palette.annotation}" stroke-width="1.25" stroke-dasharray="2 2"/>`;
    out += `<path d="M${num(x - 4)} ${num(frame.top - 6)}h8l-4 6z" fill="${palette.annotation}"/>`;
  }
  for (const l of layout.labels) {
    out += t.markup({
      x: l.x,
      y: frame.top - ANNOTATION_LIFT - l.row * ANNOTATION_ROW,
      text: l.text,
      size: ANNOTATION_SIZE,
      fill: palette.annotationText,
    });
  }
  return out;
}
