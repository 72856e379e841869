// A small seeded pseudo-random generator so the demo data are the same on every machine and run.

/** A deterministic random source: uniform [0, 1), standard normal, and Bernoulli counts. */
export interface Prng {
  next(): number;
  normal(mean?: number, sd?: number): number;
  /** Number of successes in `n` trials with probability `p` (n is small: a week's patients). */
  binomial(n: number, p: number): number;
}

/** Mulberry32 (Tommy Ettinger, public domain): 32-bit state, good enough for demo noise. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal(mean = 0, sd = 1) {
      // Box–Muller; 1 - next() avoids log(0).
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    binomial(n, p) {
      let k = 0;
      for (let i = 0; i < n; i++) if (next() < p) k++;
      return k;
    },
  };
}
