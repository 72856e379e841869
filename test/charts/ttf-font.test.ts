import { describe, expect, it } from 'vitest';
import { dejavuSans } from '../../src/charts/font/dejavu';

describe('DejaVu Sans glyphs', () => {
  it('maps æ, ø, å and their capitals to real glyphs with outlines', () => {
    const font = dejavuSans();
    for (const ch of 'æøåÆØÅ') {
      const id = font.glyphId(ch.codePointAt(0)!);
      expect(id).toBeGreaterThan(0);
      expect(font.path(id)).toMatch(/^M-?\d+ ?-?\d+.*Z$/);
    }
  });

  it('measures text with advance widths and kerning', () => {
    const font = dejavuSans();
    expect(font.unitsPerEm).toBe(2048);
    // "AV" is a classic kerning pair: narrower than A and V apart.
    expect(font.measure('AV', 10)).toBeLessThan(font.measure('A', 10) + font.measure('V', 10));
    expect(font.measure('uge 47', 10)).toBeGreaterThan(25);
  });

  it('returns glyph 0 for characters the font lacks', () => {
    expect(dejavuSans().glyphId(0x4e2d)).toBe(0); // a CJK ideograph
  });
});
