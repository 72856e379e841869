import { formatNumber, formatPercent, plotsProportion, type ChartType, type Locale } from '../analysis';
import { stepDecimals } from './scale';

/** Formats a plotted value for a line label: percent for p charts, about three significant digits otherwise. */
export function formatValue(value: number, chart: ChartType, locale: Locale): string {
  return plotsProportion(chart) ? formatPercent(value, locale) : formatNumber(value, locale);
}

/** Formats an axis tick with the decimals its step needs. */
export function formatTick(value: number, step: number, chart: ChartType, locale: Locale): string {
  if (plotsProportion(chart)) return formatPercent(value, locale, stepDecimals(step * 100));
  return formatNumber(value, locale, stepDecimals(step));
}
