/**
 * Chart types, as named in qicharts2: run chart; Shewhart I, MR, P, U, C, Xbar and S charts; g and t charts
 * for rare events; Laney's P′ (pp), U′ (up) and I′ (ip) charts for large denominators.
 */
export type ChartType = 'run' | 'i' | 'mr' | 'p' | 'u' | 'c' | 'xbar' | 's' | 'g' | 't' | 'pp' | 'up' | 'ip';

/** Every chart type, in the order a menu offers them. */
export const CHART_TYPES: readonly ChartType[] = [
  'run',
  'i',
  'mr',
  'p',
  'u',
  'c',
  'xbar',
  's',
  'g',
  't',
  'pp',
  'up',
  'ip',
];

/** Input to `analyze`; positions are subgroups (one value each unless `x` groups several). */
export interface AnalyzeInput {
  chart: ChartType;
  /**
   * Values; numerators for p and pp, counts for u, up and c; cases between events (g); time between
   * events, > 0 (t); null = missing.
   */
  y: (number | null)[];
  /** Denominators for p, u, pp and up (optional for ip), aligned with `y`. */
  n?: (number | null)[];
  /** Subgroup label per value (xbar and s); values with the same label form one subgroup, in order of first appearance. */
  x?: (string | number)[];
  /** Number of subgroups in the baseline used for centre and limits (qicharts2 `freeze`); ignored when `part` is given. */
  freeze?: number;
  /** Split after these subgroup counts (qicharts2 `part = c(12, 24)`); each part gets its own centre, limits and runs analysis. */
  part?: number[];
  /** 0-based subgroup positions left out of centre, limits and runs analysis (still plotted). */
  exclude?: number[];
}

/** One subgroup of the analysed series. */
export interface AnalysisPoint {
  /** Plotted value: proportion 0–1 (p), rate (u), moving range (mr), mean (xbar), SD (s); null where qicharts2 gives NA. */
  y: number | null;
  /** Centre line: median (run) or (weighted) mean. */
  cl: number | null;
  /** Lower 3-sigma limit, null for run charts or where undefined. */
  lcl: number | null;
  /** Upper 3-sigma limit, null for run charts or where undefined. */
  ucl: number | null;
  /** 1-based part number as in qicharts2 (`parts[part - 1]`). */
  part: number;
  /** True for every point of a part whose runs analysis signals (qicharts2 marks the whole part). */
  runsSignal: boolean;
  /** True when the point lies outside its control limits. */
  sigmaSignal: boolean;
}

/** Runs analysis and sigma signals of one part (qicharts2 `summary()` row). */
export interface AnalysisPart {
  /** Included subgroups in the part, missing values counted. */
  nObs: number;
  /** Included, non-missing points not on the centre line. */
  nUseful: number;
  longestRun: number | null;
  /** Upper limit for the longest run: round(log2(nUseful)) + 3. */
  longestRunMax: number | null;
  crossings: number | null;
  /** Lower limit for crossings: qbinom(0.05, nUseful - 1, 0.5). */
  crossingsMin: number | null;
  /** Unusually long run or unusually few crossings (always false for MR charts, as qicharts2). */
  runsSignal: boolean;
  /** Number of points outside the control limits. */
  sigmaSignal: number;
}

/** Result of `analyze`: one entry per subgroup and one per part. */
export interface AnalysisResult {
  points: AnalysisPoint[];
  parts: AnalysisPart[];
}
