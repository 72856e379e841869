/** A linear map from data values to pixels. */
export interface LinearScale {
  (value: number): number;
  domain: [number, number];
}

/** Maps [d0, d1] onto [r0, r1] (r0 > r1 for an upward y axis). */
export function linearScale(d0: number, d1: number, r0: number, r1: number): LinearScale {
  const span = d1 - d0 || 1;
  const f = ((v: number) => r0 + ((v - d0) / span) * (r1 - r0)) as LinearScale;
  f.domain = [d0, d1];
  return f;
}

/** "Nice" tick values (steps of 1, 2 or 5 × 10^k) covering [min, max] with about `count` ticks. */
export function niceTicks(min: number, max: number, count: number): { ticks: number[]; step: number } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { ticks: [0, 1], step: 1 };
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm > 5 ? 10 : norm > 2 ? 5 : norm > 1 ? 2 : 1) * mag;
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { ticks, step };
}

/** Decimals needed to print ticks that are `step` apart: 0.5 → 1, 0.02 → 2, 5 → 0. */
export function stepDecimals(step: number): number {
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}
