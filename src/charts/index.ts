// Public API of the chart images: analysis → SVG → PNG, and signed chart URLs.
export { renderChartSvg } from './render-chart-svg';
export { renderChartPng } from './render-chart-png';
export { renderSparklineSvg, renderSparklinePng, type SparklineInput } from './render-sparkline';
export { renderOverviewSvg, renderOverviewPng, type OverviewInput, type OverviewOptions } from './render-overview';
export { svgToPng } from './svg-to-png';
export { palette } from './palette';
export { TEAMS_CHART } from './teams-chart-size';
export type { ChartInput, ChartAnnotation, ChartBaselineMark, RenderOptions, PngOptions } from './chart-input';
export type { TextMode } from './svg/text-renderer';
export { valueRange, type Quantity, type ValueRange } from './value-range';
export { signChartPath, verifyChartPath, DEFAULT_CHART_TTL_MS } from './signed-url';
export { createChartHttpHandler, type ChartHttpHandlerOptions } from './chart-http-handler';
