/** Caches a function's results — and the errors it throws — by a key built from its arguments. */
export function memoise<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string): (...args: A) => R {
  const cache = new Map<string, { ok: true; value: R } | { ok: false; error: unknown }>();
  return (...args) => {
    const k = key(...args);
    let hit = cache.get(k);
    if (!hit) {
      try {
        hit = { ok: true, value: fn(...args) };
      } catch (error) {
        hit = { ok: false, error };
      }
      cache.set(k, hit);
    }
    if (hit.ok) return hit.value;
    throw hit.error;
  };
}
