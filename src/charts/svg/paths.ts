import { num } from './escape-xml';

/** Path data joining consecutive present points; a null breaks the line. */
export function linePath(xs: readonly number[], ys: readonly (number | null)[]): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (y === null || y === undefined) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${num(xs[i]!)} ${num(y)}`;
    pen = true;
  }
  return d;
}

/** Step path for limits that vary per point: each value spans its slot [x − half, x + half]. */
export function stepPath(xs: readonly number[], ys: readonly (number | null)[], half: number): string {
  let d = '';
  let prev: number | null = null;
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i] ?? null;
    if (y === null) {
      prev = null;
      continue;
    }
    const x0 = num(xs[i]! - half);
    const x1 = num(xs[i]! + half);
    const yy = num(y);
    d += prev === null ? `M${x0} ${yy}` : `L${x0} ${yy}`;
    d += `L${x1} ${yy}`;
    prev = y;
  }
  return d;
}

/** Circles as one path (cheaper to render than many elements): r-radius dots at the given points. */
export function dotsPath(points: ReadonlyArray<[number, number]>, r: number): string {
  const rr = num(r);
  const dd = num(2 * r);
  let d = '';
  for (const [x, y] of points) d += `M${num(x - r)} ${num(y)}a${rr} ${rr} 0 1 0 ${dd} 0a${rr} ${rr} 0 1 0 -${dd} 0`;
  return d;
}
