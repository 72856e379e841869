import type { AnalysisResult } from './types';

/**
 * The one point count every text uses ("7 punkter", "for få punkter: 7"): the latest part's points with a value
 * that the analysis includes (missing periods and excluded positions left out, points on the centre line counted).
 */
export function latestPartPoints(result: AnalysisResult, exclude: readonly number[] = []): number {
  const { points } = result;
  const part = points.at(-1)?.part;
  if (part === undefined) return 0;
  const excluded = new Set(exclude);
  let count = 0;
  for (let i = points.length - 1; i >= 0 && points[i]!.part === part; i--) {
    if (points[i]!.y !== null && !excluded.has(i)) count++;
  }
  return count;
}
