/** Mean of the non-null values (NaN when none), with R's second refinement pass for accuracy. */
export function mean(values: readonly (number | null)[]): number {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v !== null && !Number.isNaN(v)) {
      sum += v;
      count++;
    }
  }
  if (count === 0) return NaN;
  const m = sum / count;
  let residual = 0;
  for (const v of values) if (v !== null && !Number.isNaN(v)) residual += v - m;
  return m + residual / count;
}

/** Median of the non-null values (NaN when none); the mean of the two middle values for an even count. */
export function median(values: readonly (number | null)[]): number {
  let count = 0;
  for (const v of values) if (v !== null && !Number.isNaN(v)) count++;
  if (count === 0) return NaN;
  // A typed array sorts numerically without a comparator, several times faster than Array#sort.
  const s = new Float64Array(count);
  let k = 0;
  for (const v of values) if (v !== null && !Number.isNaN(v)) s[k++] = v;
  s.sort();
  const mid = count >> 1;
  return count % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Sample standard deviation (n - 1) of the values; null for fewer than two. */
export function sampleSd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}

/** Sum of the non-null values (0 when none), as R's `sum(x, na.rm = TRUE)`. */
export function sumPresent(values: readonly (number | null)[]): number {
  let s = 0;
  for (const v of values) if (v !== null && !Number.isNaN(v)) s += v;
  return s;
}

/** Maps NaN and ±Infinity to null (qicharts2 drops non-finite lines). */
export function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}
