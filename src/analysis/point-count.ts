import { latestPart, pointsView } from './points-view';
import type { AnalysisResult } from './types';

/**
 * The one point count every text uses ("7 punkter", "for få punkter: 7"): the latest part's points with a value
 * that the analysis includes (missing periods and excluded positions left out, points on the centre line counted).
 */
export function latestPartPoints(result: AnalysisResult, exclude: readonly number[] = []): number {
  const view = pointsView(result);
  const { from, to } = latestPart(view);
  const excluded = new Set(exclude);
  const { values } = view;
  let count = 0;
  for (let i = from; i < to; i++) if (values[i] !== null && !excluded.has(i)) count++;
  return count;
}
