/**
 * 1-based part number per subgroup from qicharts2-style split points (`part = c(12, 24)` splits after
 * the 12th and 24th subgroup); split points outside 1..count-1 are ignored, as qicharts2's `makeparts()`.
 */
export function partNumbers(splits: readonly number[] | undefined, count: number): number[] {
  const cuts = [...new Set([0, ...(splits ?? [])])]
    .filter((c) => Number.isInteger(c) && c >= 0 && c < count)
    .sort((a, b) => a - b);
  const out = new Array<number>(count);
  for (let p = 0; p < cuts.length; p++) {
    const end = cuts[p + 1] ?? count;
    for (let i = cuts[p]!; i < end; i++) out[i] = p + 1;
  }
  return out;
}
