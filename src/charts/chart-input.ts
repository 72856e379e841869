import type { AnalysisResult, Better, ChartType, Locale } from '../analysis';
import type { TextMode } from './svg/text-renderer';
import type { Quantity } from './value-range';

/** A PDSA cycle or other event marked on the chart at a subgroup position. */
export interface ChartAnnotation {
  /** 0-based subgroup position. */
  index: number;
  /** Short label, e.g. "PDSA 2". */
  label: string;
}

/** A team's frozen baseline (at its last value) or the start of a new part (at its first value). */
export interface ChartBaselineMark {
  kind: 'freeze' | 'part';
  /** 0-based subgroup position. */
  index: number;
  /** The period with its year, e.g. "uge 12 2026". */
  label: string;
}

/** Everything a full chart shows. */
export interface ChartInput {
  analysis: AnalysisResult;
  /** Chart type of the analysis (default 'run'); p charts are drawn in percent. */
  chart?: ChartType;
  /** One label per subgroup, e.g. "uge 47" or "23-11-2026". */
  periodLabels: string[];
  /** Year per label (weeks): added to the first shown label and wherever it changes between shown labels. */
  periodYears?: Array<number | null>;
  /** Title. */
  measureName: string;
  /** Unit shown after the title, e.g. "minutter"; "%" marks a proportion when `quantity` is not given. */
  unit?: string;
  /** What the values count (the measure's unit kind): bounds the y axis, e.g. a proportion to 0–100 %. */
  quantity?: Quantity;
  /** Goal in the plotted unit (a proportion 0–1 for p charts). */
  goal?: number | null;
  annotations?: ChartAnnotation[];
  /** Frozen baseline and part boundaries set by the team: dashed vertical lines with a label. */
  baseline?: ChartBaselineMark[];
  /** Language of labels and number format (default 'da'). */
  locale?: Locale;
  /** Positions excluded in `analyze`, so highlighted runs match the analysis. */
  exclude?: number[];
  /** The measure's direction: signals of improvement are drawn green, never in the warning colour. */
  better?: Better;
}

/** Size and text handling of a rendered chart. */
export interface RenderOptions {
  /** Width in px (default 600; sparklines 240). */
  width?: number;
  /** Height in px (default 300; sparklines 60). */
  height?: number;
  /** Size of axis and line labels in px (default 10); the title is 4 px larger. */
  fontSize?: number;
  /** 'text' keeps `<text>` elements (readable SVG); 'paths' draws glyph outlines (what PNG uses). Default 'text'. */
  text?: TextMode;
}

/** PNG options: `scale` renders at a multiple of the SVG size (2 for sharp images on high-DPI screens). */
export interface PngOptions extends Omit<RenderOptions, 'text'> {
  scale?: number;
}
