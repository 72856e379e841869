import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { dejavuSansPath } from './font/dejavu';

/**
 * Rasterises SVG with resvg. Our charts draw text as glyph outlines, so no font is loaded (parsing the
 * TTF costs ~12 ms per render); an SVG that still has `<text>` gets DejaVu Sans from the npm package.
 */
export function svgToPng(svg: string, options: { scale?: number } = {}): Buffer {
  const scale = options.scale ?? 1;
  const font: ResvgRenderOptions['font'] = svg.includes('<text')
    ? {
        fontFiles: [dejavuSansPath(), dejavuSansPath('bold')],
        loadSystemFonts: false,
        defaultFontFamily: 'DejaVu Sans',
      }
    : { loadSystemFonts: false };
  const opts: ResvgRenderOptions = { font, logLevel: 'off' };
  if (scale !== 1) opts.fitTo = { mode: 'zoom', value: scale };
  const image = new Resvg(svg, opts).render();
  return image.asPng();
}
