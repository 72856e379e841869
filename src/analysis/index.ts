// Public API of the run/SPC chart engine: pure functions, no I/O.
export { analyze } from './analyze';
export {
  suggestChart,
  RARE_ZERO_SHARE,
  LARGE_DENOMINATOR,
  OVERDISPERSION,
  type UnitKind,
  type SuggestData,
} from './suggest-chart';
export { periodsBetweenEvents, type EventGap } from './periods-between-events';
export { laneySigmaZ } from './prime-charts';
export { summarize, MIN_USEFUL_POINTS, type SummarizeOptions } from './summarize';
export { latestPartPoints } from './point-count';
export { findShift, findSignals, type Shift, type PartSignals, type SignalOptions } from './signals';
export { findRuns, type Direction, type Run } from './runs-analysis';
export { pointsView, type PointsView } from './points-view';
export { appendRunValue, growingRunChart, type GrowingRunChart, type RunChartOptions } from './run-chart-append';
export { longestRunLimit, crossingsLimit } from './anhoej-limits';
export { formatNumber, formatPercent } from './format-number';
export { messages, type Locale, type CentreKind, type AnalysisMessages } from './messages';
export { CHART_TYPES } from './types';
export { plotsProportion, plotsNonNegative } from './chart-kinds';
export type { ChartType, AnalyzeInput, AnalysisPoint, AnalysisPart, AnalysisResult } from './types';
export {
  interpret,
  toneOf,
  type Better,
  type Tone,
  type Variation,
  type Assurance,
  type Reading,
  type Interpretation,
  type InterpretOptions,
} from './interpret';
export { interpretMessages, MDC_ICONS, type InterpretMessages, type PeriodKind } from './interpret-messages';
