/** Names of the fields of `desired` that differ from `current` (undefined in `desired` = leave as is). */
export function changedFields<D extends object>(current: object, desired: D): Array<keyof D & string> {
  const out: Array<keyof D & string> = [];
  for (const key of Object.keys(desired) as Array<keyof D & string>) {
    const want = desired[key];
    if (want === undefined) continue;
    if (!sameValue((current as Record<string, unknown>)[key], want)) out.push(key);
  }
  return out;
}

/** A patch holding only the listed fields of `desired`. */
export function pick<D extends object>(desired: D, keys: Array<keyof D & string>): Partial<D> {
  const out: Partial<D> = {};
  for (const k of keys) out[k] = desired[k];
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if ((a ?? null) === null && (b ?? null) === null) return true;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}
