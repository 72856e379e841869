import { readFileSync } from 'node:fs';
import { glyphOutline } from './glyph-outline';

/** A parsed TrueType font: metrics per character and glyph outlines as SVG path data. */
export interface TtfFont {
  /** Font units per em (2048 for DejaVu Sans). */
  unitsPerEm: number;
  /** Ascender in font units (positive, above the baseline). */
  ascender: number;
  /** Glyph id for a Unicode code point (0 = .notdef). */
  glyphId(codePoint: number): number;
  /** Advance width of a glyph in font units. */
  advance(glyphId: number): number;
  /** Outline of a glyph as SVG path data in font units, y pointing down (cached). */
  path(glyphId: number): string;
  /** Width of a string in pixels at the given font size (no kerning). */
  measure(text: string, fontSize: number): number;
}

/** Parses a TrueType (glyf-based) font file; outlines are decoded lazily and cached. */
export function loadTtfFont(file: string): TtfFont {
  return parseTtf(readFileSync(file));
}

/** Parses TrueType font bytes (tables head, hhea, hmtx, maxp, cmap, loca, glyf). */
export function parseTtf(bytes: Buffer): TtfFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    tables.set(bytes.toString('latin1', rec, rec + 4), view.getUint32(rec + 8));
  }
  const table = (tag: string): number => {
    const off = tables.get(tag);
    if (off === undefined) throw new Error(`font has no ${tag} table`);
    return off;
  };
  const head = table('head');
  const hhea = table('hhea');
  const unitsPerEm = view.getUint16(head + 18);
  const longLoca = view.getInt16(head + 50) === 1;
  const numHMetrics = view.getUint16(hhea + 34);
  const numGlyphs = view.getUint16(table('maxp') + 4);
  const hmtx = table('hmtx');
  const loca = table('loca');
  const glyf = table('glyf');
  const cmap = findUnicodeCmap(view, table('cmap'));

  const glyphStart = (id: number): number =>
    longLoca ? view.getUint32(loca + id * 4) : view.getUint16(loca + id * 2) * 2;
  const outlineOf = (id: number) =>
    id < 0 || id >= numGlyphs || glyphStart(id) === glyphStart(id + 1)
      ? null
      : glyf + glyphStart(id);

  const cmapCache = new Map<number, number>();
  const pathCache = new Map<number, string>();
  const font: TtfFont = {
    unitsPerEm,
    ascender: view.getInt16(hhea + 4),
    glyphId(cp) {
      let id = cmapCache.get(cp);
      if (id === undefined) {
        id = cmap(cp);
        cmapCache.set(cp, id);
      }
      return id;
    },
    advance(id) {
      const i = Math.min(id, numHMetrics - 1);
      return view.getUint16(hmtx + i * 4);
    },
    path(id) {
      let d = pathCache.get(id);
      if (d === undefined) {
        d = glyphOutline(view, outlineOf, id);
        pathCache.set(id, d);
      }
      return d;
    },
    measure(text, fontSize) {
      let units = 0;
      for (const ch of text) units += font.advance(font.glyphId(ch.codePointAt(0) ?? 0));
      return (units * fontSize) / unitsPerEm;
    },
  };
  return font;
}

/** Returns a code point → glyph id lookup from a format 4 (BMP) or 12 (full) Unicode subtable. */
function findUnicodeCmap(view: DataView, cmap: number): (cp: number) => number {
  const count = view.getUint16(cmap + 2);
  let fmt4 = -1;
  let fmt12 = -1;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) fmt12 = sub;
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) fmt4 = sub;
  }
  if (fmt12 >= 0) return (cp) => lookupFormat12(view, fmt12, cp);
  if (fmt4 >= 0) return (cp) => lookupFormat4(view, fmt4, cp);
  throw new Error('font has no Unicode cmap');
}

function lookupFormat4(view: DataView, sub: number, cp: number): number {
  if (cp > 0xffff) return 0;
  const segCount = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let i = 0; i < segCount; i++) {
    if (view.getUint16(ends + i * 2) < cp) continue;
    const start = view.getUint16(starts + i * 2);
    if (start > cp) return 0;
    const delta = view.getInt16(deltas + i * 2);
    const ro = view.getUint16(rangeOffsets + i * 2);
    if (ro === 0) return (cp + delta) & 0xffff;
    const g = view.getUint16(rangeOffsets + i * 2 + ro + (cp - start) * 2);
    return g === 0 ? 0 : (g + delta) & 0xffff;
  }
  return 0;
}

function lookupFormat12(view: DataView, sub: number, cp: number): number {
  const groups = view.getUint32(sub + 12);
  for (let i = 0; i < groups; i++) {
    const g = sub + 16 + i * 12;
    const start = view.getUint32(g);
    if (cp < start) return 0;
    if (cp <= view.getUint32(g + 4)) return view.getUint32(g + 8) + (cp - start);
  }
  return 0;
}
