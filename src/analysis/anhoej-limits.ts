// Limits of the Anhøj rules for run charts.
// Sources: qicharts2 R/helper.functions.R `runs.analysis()` (J. Anhøj);
// Anhøj J, Olesen AV. Run charts revisited: a simulation study of run chart rules for detection of
// non-random variation in health care processes. PLoS ONE 2014;9(11):e113825;
// Anhøj J, Wentzel-Larsen T. Sense and sensibility: on the diagnostic value of control chart rules
// for detection of shifts in time series data. BMC Med Res Methodol 2018;18:100.

const crossingsCache = new Map<number, number>();

/** Longest run limit for `nUseful` useful points: round(log2(n)) + 3 (Schilling 2012, as qicharts2). */
export function longestRunLimit(nUseful: number): number {
  // log2(n) is never exactly k + 0.5 for an integer n, so R's round-half-even does not matter.
  return Math.round(Math.log2(nUseful)) + 3;
}

/** Fewest expected crossings: the 5th percentile of Binomial(nUseful - 1, 0.5), i.e. R's qbinom(0.05, n - 1, 0.5) (Chen 2010). */
export function crossingsLimit(nUseful: number): number {
  const trials = Math.max(nUseful - 1, 0);
  let cached = crossingsCache.get(trials);
  if (cached === undefined) {
    cached = binomialQuantile(0.05, trials);
    crossingsCache.set(trials, cached);
  }
  return cached;
}

/** Smallest k with P(X ≤ k) ≥ p for X ~ Binomial(trials, 0.5); R applies the same 64-epsilon fuzz. */
export function binomialQuantile(p: number, trials: number): number {
  const target = p * (1 - 64 * Number.EPSILON);
  // Work in logs so large `trials` do not underflow: log pmf(0) = trials · log(0.5).
  let logPmf = trials * Math.log(0.5);
  let cdf = 0;
  for (let k = 0; k <= trials; k++) {
    cdf += Math.exp(logPmf);
    if (cdf >= target) return k;
    logPmf += Math.log((trials - k) / (k + 1));
  }
  return trials;
}
