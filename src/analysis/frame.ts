import type { Subgroup } from './subgroups';

/** One part of the series being analysed; charts write y, centre and limits for positions [from, to). */
export interface Frame {
  sub: readonly Subgroup[];
  from: number;
  to: number;
  /** Per subgroup: counts toward centre and limits (in the frozen baseline and not excluded). */
  base: readonly boolean[];
  y: (number | null)[];
  cl: (number | null)[];
  lcl: (number | null)[];
  ucl: (number | null)[];
}

/** Computes plotted values, centre and limits of one part for one chart type. */
export type ChartFn = (f: Frame) => void;

/** Values of `pick` at the baseline positions of the frame, in order. */
export function baseValues(f: Frame, pick: (i: number) => number | null): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = f.from; i < f.to; i++) if (f.base[i]) out.push(pick(i));
  return out;
}

/** Writes the same centre line to every position of the frame. */
export function fillCentre(f: Frame, cl: number): void {
  const v = Number.isFinite(cl) ? cl : null;
  for (let i = f.from; i < f.to; i++) f.cl[i] = v;
}
