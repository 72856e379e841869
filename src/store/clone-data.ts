/**
 * A deep copy of plain, acyclic data (objects, arrays, Dates, primitives), the same as structuredClone gives for it but without
 * its serialisation (a turn copies its collaborative, team and measures out of the reference cache). Anything else
 * (a Map, a class instance) is copied by structuredClone.
 */
export function cloneData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = cloneData((value as Record<string, unknown>)[key]);
  return out as T;
}
