import type { ChartInput, PngOptions } from './chart-input';
import { svgToPng } from './svg-to-png';
import { renderChartSvg } from './render-chart-svg';

/** Renders a full chart straight to PNG (600×300 by default; text drawn as glyph outlines). */
export function renderChartPng(input: ChartInput, options: PngOptions = {}): Buffer {
  return svgToPng(renderChartSvg(input, { ...options, text: 'paths' }), { scale: options.scale });
}
