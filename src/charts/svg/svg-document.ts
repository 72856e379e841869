import type { TextRenderer } from './text-renderer';

/** Wraps drawn markup in an `<svg>` root, with the glyph definitions the text renderer used. */
export function svgDocument(width: number, height: number, t: TextRenderer, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="DejaVu Sans, Verdana, sans-serif">${t.defs()}${body}</svg>`
  );
}
