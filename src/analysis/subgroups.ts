import { mean, sampleSd } from './stats';

/** Aggregates of one subgroup, as qicharts2's `qic.agg()` computes them. */
export interface Subgroup {
  /** Sum of the present values (numerator); null when every value is missing. */
  ySum: number | null;
  /** Number of present values. */
  yLength: number;
  /** Mean of the present values; null when none. */
  yMean: number | null;
  /** Sample SD of the present values; null for fewer than two. */
  ySd: number | null;
  /** Sum of the denominators; null without denominators or when all are missing. */
  n: number | null;
}

/**
 * Groups values into subgroups: by `x` label in order of first appearance, else one value per subgroup.
 * With denominators, a value or denominator missing makes both missing (R `complete.cases`).
 */
export function toSubgroups(
  y: readonly (number | null)[],
  n: readonly (number | null)[] | undefined,
  x: readonly (string | number)[] | undefined,
): Subgroup[] {
  if (n && n.length !== y.length) throw new Error('analyze: y and n must have the same length');
  if (x && x.length !== y.length) throw new Error('analyze: y and x must have the same length');
  const present = (i: number): boolean => {
    const v = y[i];
    if (v === null || v === undefined || !Number.isFinite(v)) return false;
    if (!n) return true;
    const d = n[i];
    return d !== null && d !== undefined && Number.isFinite(d);
  };
  if (!x) {
    return y.map((v, i) => {
      const ok = present(i);
      return {
        ySum: ok ? v! : null,
        yLength: ok ? 1 : 0,
        yMean: ok ? v! : null,
        ySd: null,
        n: n && ok ? n[i]! : null,
      };
    });
  }
  const groups = new Map<string | number, number[]>();
  x.forEach((label, i) => {
    const members = groups.get(label);
    if (members) members.push(i);
    else groups.set(label, [i]);
  });
  return [...groups.values()].map((members) => {
    const values: number[] = [];
    let nSum: number | null = null;
    for (const i of members) {
      if (!present(i)) continue;
      values.push(y[i]!);
      if (n) nSum = (nSum ?? 0) + n[i]!;
    }
    return {
      ySum: values.length ? values.reduce((a, b) => a + b, 0) : null,
      yLength: values.length,
      yMean: values.length ? mean(values) : null,
      ySd: sampleSd(values),
      n: nSum,
    };
  });
}
