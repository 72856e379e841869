import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadTtfFont, type TtfFont } from './ttf-font';

/** Font weight used in charts. */
export type FontWeight = 'normal' | 'bold';

const require = createRequire(import.meta.url);
const ttfDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Path of the DejaVu Sans TTF file of the given weight (from the dejavu-fonts-ttf package). */
export function dejavuSansPath(weight: FontWeight = 'normal'): string {
  return join(ttfDir, weight === 'bold' ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf');
}

const cache = new Map<FontWeight, TtfFont>();

/** DejaVu Sans parsed once per process (opentype.js, ~0.2 s per weight at first use) and shared by all renders. */
export function dejavuSans(weight: FontWeight = 'normal'): TtfFont {
  let font = cache.get(weight);
  if (!font) {
    font = loadTtfFont(dejavuSansPath(weight));
    cache.set(weight, font);
  }
  return font;
}
