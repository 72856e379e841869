/** A value as typed: one number, numerator/denominator (`18/22`), or a percentage (`82%`). */
export type TypedValue =
  | { kind: 'single'; value: number }
  | { kind: 'fraction'; numerator: number; denominator: number }
  | { kind: 'percent'; value: number };

const NUMBER = String.raw`-?\d+(?:[.,]\d+)?`;
const SINGLE = new RegExp(`^${NUMBER}$`);
const FRACTION = new RegExp(`^(${NUMBER})/(${NUMBER})$`);
const PERCENT = new RegExp(`^(${NUMBER})%$`);

/** A number with a decimal comma or point (`3,5`, `3.5`, `-2`); null when it is not one. */
export function parseDecimal(text: string): number | null {
  const s = text.trim();
  return SINGLE.test(s) ? Number(s.replace(',', '.')) : null;
}

/** Parses one value token (spaces around `/` and before `%` already removed); null when it is not a value. */
export function parseValue(token: string): TypedValue | null {
  const s = token.trim();
  if (SINGLE.test(s)) return { kind: 'single', value: parseDecimal(s)! };
  const f = FRACTION.exec(s);
  if (f) return { kind: 'fraction', numerator: parseDecimal(f[1]!)!, denominator: parseDecimal(f[2]!)! };
  const p = PERCENT.exec(s);
  if (p) return { kind: 'percent', value: parseDecimal(p[1]!)! };
  return null;
}

/** Glues `18 / 22` into `18/22` and `82 %` into `82%` so a value is one token. */
export function normaliseValueSpacing(text: string): string {
  return text.replace(/(\d)\s*\/\s*(-?\d)/g, '$1/$2').replace(/(\d)\s+%/g, '$1%');
}
