import { dejavuSans, type FontWeight } from '../font/dejavu';
import { escapeXml, num } from './escape-xml';

/** One piece of text to draw; `y` is the baseline. */
export interface TextSpec {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: FontWeight;
  fill?: string;
}

/** How text is emitted: `<text>` elements (readable SVG) or glyph outlines (fast PNG, no font parsing). */
export type TextMode = 'text' | 'paths';

/** Measures and emits text for one SVG document. */
export interface TextRenderer {
  /** Width in px of `text` at `size` (DejaVu Sans metrics with pair kerning). */
  measure(text: string, size: number, weight?: FontWeight): number;
  /** Markup for one text item. */
  markup(spec: TextSpec): string;
  /** `<defs>` holding the glyph outlines used so far ('' in text mode). */
  defs(): string;
}

/** Creates a text renderer; in 'paths' mode glyphs are defined once per document and reused. */
export function createTextRenderer(mode: TextMode): TextRenderer {
  const used = new Map<string, string>();
  const measure = (text: string, size: number, weight: FontWeight = 'normal') =>
    dejavuSans(weight).measure(stripControls(text), size);
  return {
    measure,
    markup(spec) {
      const weight = spec.weight ?? 'normal';
      const fill = spec.fill ?? '#222';
      if (mode === 'text') {
        const anchor = spec.anchor && spec.anchor !== 'start' ? ` text-anchor="${spec.anchor}"` : '';
        const bold = weight === 'bold' ? ' font-weight="bold"' : '';
        return `<text x="${num(spec.x)}" y="${num(spec.y)}" font-size="${spec.size}"${anchor}${bold} fill="${fill}">${escapeXml(spec.text)}</text>`;
      }
      const font = dejavuSans(weight);
      const text = stripControls(spec.text);
      const width = font.measure(text, spec.size);
      const x0 = spec.anchor === 'middle' ? spec.x - width / 2 : spec.anchor === 'end' ? spec.x - width : spec.x;
      const scale = spec.size / font.unitsPerEm;
      let uses = '';
      let advance = 0;
      let prev = -1;
      const prefix = weight === 'bold' ? 'b' : 'r';
      for (const ch of text) {
        const id = font.glyphId(ch.codePointAt(0) ?? 0);
        if (prev >= 0) advance += font.kern(prev, id);
        prev = id;
        const d = font.path(id);
        if (d) {
          const key = `${prefix}${id}`;
          if (!used.has(key)) used.set(key, d);
          uses += `<use href="#${key}" x="${advance}"/>`;
        }
        advance += font.advance(id);
      }
      return `<g transform="translate(${num(x0)} ${num(spec.y)}) scale(${scale.toPrecision(5)})" fill="${fill}">${uses}</g>`;
    },
    defs() {
      if (used.size === 0) return '';
      let out = '<defs>';
      for (const [key, d] of used) out += `<path id="${key}" d="${d}"/>`;
      return `${out}</defs>`;
    },
  };
}

/** Drops control characters (newlines, tabs), which have no glyph and would draw as boxes. */
function stripControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
  return text.replace(/[\u0000-\u001f\u007f]/g, '');
}
