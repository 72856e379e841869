import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';

/** A parsed font: metrics per character and glyph outlines as SVG path data. */
export interface TtfFont {
  /** Font units per em (2048 for DejaVu Sans). */
  unitsPerEm: number;
  /** Ascender in font units (positive, above the baseline). */
  ascender: number;
  /** Glyph id for a Unicode code point (0 = .notdef). */
  glyphId(codePoint: number): number;
  /** Advance width of a glyph in font units. */
  advance(glyphId: number): number;
  /** Kerning between two glyphs in font units (usually negative or 0). */
  kern(left: number, right: number): number;
  /** Outline of a glyph as SVG path data in font units, y pointing down (cached). */
  path(glyphId: number): string;
  /** Width of a string in pixels at the given font size, with pair kerning. */
  measure(text: string, fontSize: number): number;
}

/**
 * Loads a TrueType font with opentype.js. Outlines are converted once per glyph and cached, so charts can
 * draw text as paths and resvg never has to parse the font (that costs ~12 ms per render; `npm run bench` measures rendering).
 */
export function loadTtfFont(file: string): TtfFont {
  const bytes = readFileSync(file);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const paths = new Map<number, string>();
  const upm = font.unitsPerEm;
  const glyphId = (cp: number) => font.charToGlyphIndex(String.fromCodePoint(cp));
  const advance = (id: number) => font.glyphs.get(id).advanceWidth ?? 0;
  // NOTE: DejaVu Sans keeps its pairs in the legacy `kern` table; opentype.js 1.3's GPOS lookup returns 0
  // for it, so read the parsed kern pairs directly.
  const kern = (left: number, right: number) => font.kerningPairs[`${left},${right}`] ?? 0;
  return {
    unitsPerEm: upm,
    ascender: font.ascender,
    glyphId,
    advance,
    kern,
    path(id) {
      let d = paths.get(id);
      if (d === undefined) {
        // getPath(x, y, size) flips y to SVG's downward axis; size = unitsPerEm keeps font units.
        // opentype.js 1.3 leaves TrueType contours open; close each one explicitly.
        const open = font.glyphs.get(id).getPath(0, 0, upm).toPathData(0);
        d = open ? `${open.replace(/(?!^)M/g, 'ZM')}Z` : '';
        paths.set(id, d);
      }
      return d;
    },
    measure(text, fontSize) {
      let units = 0;
      let prev = -1;
      for (const ch of text) {
        const id = glyphId(ch.codePointAt(0) ?? 0);
        if (prev >= 0) units += kern(prev, id);
        units += advance(id);
        prev = id;
      }
      return (units * fontSize) / upm;
    },
  };
}
