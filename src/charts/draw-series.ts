import type { AnalysisResult } from '../analysis';
import type { ChartFrame } from './chart-frame';
import { palette } from './palette';
import type { SeriesModel } from './series-model';
import { num } from './svg/escape-xml';
import { dotsPath, linePath, stepPath } from './svg/paths';
import { clamp } from './value-range';

/** Line widths and marker sizes; full charts, overview panels and sparklines differ only here. */
export interface SeriesStyle {
  lineWidth: number;
  /** Radius of ordinary points; 0 draws none. */
  dotRadius: number;
  /** Radius of highlighted (signal) points. */
  signalRadius: number;
  showLimits: boolean;
}

/**
 * Draws limits (dashed steps), centre lines per part (dashed and in the signal colour when the
 * part's runs analysis signals, as qicharts2 does), the goal, the data line and the points.
 */
export function drawSeries(
  analysis: AnalysisResult,
  model: SeriesModel,
  frame: ChartFrame,
  goal: number | null | undefined,
  style: SeriesStyle,
): string {
  const { points } = analysis;
  const half = frame.slotWidth / 2;
  // Limits and goal beyond the axis (an I chart's limit above 100 %) run along its edge, as qicharts2 clips P limits.
  const [d0, d1] = frame.y.domain;
  const edgeY = (v: number) => frame.y(clamp(v, Math.min(d0, d1), Math.max(d0, d1)));
  let limits = '';
  let centres = '';
  let lines = '';
  for (const part of model.parts) {
    const xs: number[] = [];
    const ys: (number | null)[] = [];
    const lcl: (number | null)[] = [];
    const ucl: (number | null)[] = [];
    for (let i = part.from; i < part.to; i++) {
      const p = points[i]!;
      xs.push(frame.x(i));
      ys.push(p.y === null ? null : frame.y(p.y));
      lcl.push(p.lcl === null ? null : edgeY(p.lcl));
      ucl.push(p.ucl === null ? null : edgeY(p.ucl));
    }
    if (style.showLimits) limits += stepPath(xs, lcl, half) + stepPath(xs, ucl, half);
    const cl = points[part.from]?.cl ?? null;
    if (cl !== null) {
      const x0 = num(frame.x(part.from) - half);
      const x1 = num(frame.x(part.to - 1) + half);
      const y = num(frame.y(cl));
      const signal = part.runsSignal;
      const colour = part.tone === 'improvement' ? palette.improvement : palette.signal;
      centres += `<path d="M${x0} ${y}H${x1}" stroke="${signal ? colour : palette.centre}" stroke-width="${style.lineWidth * 0.75}"${signal ? ' stroke-dasharray="6 4"' : ''}/>`;
    }
    lines += linePath(xs, ys);
  }
  let out = '';
  if (limits)
    out += `<path d="${limits}" fill="none" stroke="${palette.limit}" stroke-width="1" stroke-dasharray="4 3"/>`;
  out += centres;
  if (goal !== null && goal !== undefined && Number.isFinite(goal)) {
    const y = num(edgeY(goal));
    out += `<path d="M${num(frame.left)} ${y}H${num(frame.right)}" stroke="${palette.goal}" stroke-width="${style.lineWidth * 0.75}" stroke-dasharray="8 3 2 3"/>`;
  }
  if (lines) {
    out += `<path d="${lines}" fill="none" stroke="${palette.data}" stroke-width="${style.lineWidth}" stroke-linejoin="round" stroke-linecap="round"/>`;
  }
  const plain: Array<[number, number]> = [];
  const flagged: Array<[number, number]> = [];
  const improved: Array<[number, number]> = [];
  points.forEach((p, i) => {
    if (p.y === null) return;
    const at: [number, number] = [frame.x(i), frame.y(p.y)];
    if (!model.highlight[i]) plain.push(at);
    else if (model.tone[i] === 'improvement') improved.push(at);
    else flagged.push(at);
  });
  if (style.dotRadius > 0 && plain.length)
    out += `<path d="${dotsPath(plain, style.dotRadius)}" fill="${palette.data}"/>`;
  // A white rim separates large signal markers from the line; small ones would look hollow.
  const rim = style.signalRadius >= 3 ? ` stroke="${palette.background}" stroke-width="0.75"` : '';
  if (flagged.length) out += `<path d="${dotsPath(flagged, style.signalRadius)}" fill="${palette.signal}"${rim}/>`;
  if (improved.length)
    out += `<path d="${dotsPath(improved, style.signalRadius)}" fill="${palette.improvement}"${rim}/>`;
  return out;
}
