import { containsCpr } from './cpr';

/** Nesting deeper than this is not searched (edges refuse such input before; see `depthOf`). */
const MAX_DEPTH = 64;

/**
 * Paths of every string (object keys included) in a JSON-like value that holds a CPR-like number, walked
 * without recursion so hostile nesting cannot overflow the stack. `skipKey` exempts keys whose values are
 * generated identifiers checked elsewhere against strict patterns.
 */
export function findCprPaths(
  value: unknown,
  skipKey: (key: string) => boolean = () => false,
): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = [];
  const stack: Array<{ v: unknown; path: Array<string | number> }> = [{ v: value, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (containsCpr(v)) found.push(path);
    } else if (typeof v === 'number') {
      if (Number.isInteger(v) && containsCpr(numberText(v))) found.push(path);
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      if (path.length >= MAX_DEPTH) continue;
      const entries: Array<[string | number, unknown]> = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
      for (const [k, x] of entries) {
        if (typeof k === 'string' && containsCpr(k)) found.push([...path, k]);
        else if (typeof k === 'string' && skipKey(k)) continue;
        stack.push({ v: x, path: [...path, k] });
      }
    }
  }
  return found;
}

/** A whole number as a CPR reader sees it: a spreadsheet drops the leading zero of `0101901234`. */
export function numberText(n: number): string {
  const s = String(Math.abs(n));
  return s.length === 9 ? `0${s}` : s;
}

/** How deeply a JSON-like value nests (0 for a scalar), counted without recursion and capped at `cap`. */
export function depthOf(value: unknown, cap = 1000): number {
  let deepest = 0;
  const stack: Array<{ v: unknown; d: number }> = [{ v: value, d: 0 }];
  while (stack.length) {
    const { v, d } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, d + 1);
    if (deepest >= cap) return cap;
    for (const x of Object.values(v)) stack.push({ v: x, d: d + 1 });
  }
  return deepest;
}
