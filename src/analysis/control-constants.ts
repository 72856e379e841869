// Control chart constants for subgroups of size n, exact as in qicharts2 ≥ 0.5.1 (c4 via the gamma
// function; Montgomery, Introduction to Statistical Quality Control, ch. 6).

const c4Cache: number[] = [];

/** c4(n) = sqrt(2/(n-1)) · Γ(n/2) / Γ((n-1)/2); NaN for n ≤ 1. */
export function c4(n: number): number {
  if (!(n > 1) || !Number.isInteger(n)) return NaN;
  const cached = c4Cache[n];
  if (cached !== undefined) return cached;
  // ratio(k) = Γ(k/2) / Γ((k-1)/2), with ratio(2) = 1/√π and ratio(k+1) = ((k-1)/2) / ratio(k).
  // Computed in logs so large n stay finite.
  let logRatio = -0.5 * Math.log(Math.PI);
  for (let k = 2; k < n; k++) logRatio = Math.log((k - 1) / 2) - logRatio;
  const value = Math.sqrt(2 / (n - 1)) * Math.exp(logRatio);
  c4Cache[n] = value;
  return value;
}

/** A3 = 3 / (c4 · √n): Xbar limits are centre ± A3 · s. */
export function a3(n: number): number {
  return 3 / (c4(n) * Math.sqrt(n));
}

/** B3 = max(0, 1 − 3 · c5 / c4) with c5 = √(1 − c4²): S chart lower limit factor. */
export function b3(n: number): number {
  const c = c4(n);
  return Math.max(0, 1 - (3 * Math.sqrt(1 - c * c)) / c);
}

/** B4 = 1 + 3 · c5 / c4: S chart upper limit factor. */
export function b4(n: number): number {
  const c = c4(n);
  return 1 + (3 * Math.sqrt(1 - c * c)) / c;
}
