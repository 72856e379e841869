// Generates the Teams app icons from SVG: `npx tsx src/channels/teams/make-icons.ts`.
// The PNGs are committed in manifests/teams/; rerun this after changing the drawing.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

/** Teams icon rules (msteams-docs apps-package.md): colour 192×192, symbol ~96 px with 48 px padding; outline 32×32 white on transparent. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

const ACCENT = '#1F6F8B';

// A run chart: median line, a series that shifts above it, one highlighted point.
const RUN_POINTS: [number, number][] = [
  [0, 62],
  [14, 70],
  [28, 56],
  [42, 66],
  [56, 38],
  [70, 30],
  [84, 34],
  [96, 22],
];

function polyline(points: [number, number][], dx: number, dy: number, scale: number): string {
  return points.map(([x, y]) => `${(dx + x * scale).toFixed(2)},${(dy + y * scale).toFixed(2)}`).join(' ');
}

/** The colour icon: white run chart on a solid accent square (Teams crops the corners itself). */
export function colorIconSvg(): string {
  const s = ICON_SIZES.color;
  const dots = RUN_POINTS.map(([x, y]) => `<circle cx="${48 + x}" cy="${48 + y}" r="5.5" fill="#FFFFFF"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
<rect width="${s}" height="${s}" fill="${ACCENT}"/>
<line x1="44" y1="${48 + 50}" x2="148" y2="${48 + 50}" stroke="#FFFFFF" stroke-opacity="0.6" stroke-width="4" stroke-dasharray="8 6"/>
<polyline points="${polyline(RUN_POINTS, 48, 48, 1)}" fill="none" stroke="#FFFFFF" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>
${dots}
</svg>`;
}

/** The outline icon: the same run chart, pure white strokes on a fully transparent 32×32 square. */
export function outlineIconSvg(): string {
  const s = ICON_SIZES.outline;
  const scale = 28 / 96;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
<line x1="1" y1="${(2 + 50 * scale).toFixed(2)}" x2="31" y2="${(2 + 50 * scale).toFixed(2)}" stroke="#FFFFFF" stroke-width="1.5"/>
<polyline points="${polyline(RUN_POINTS, 2, 2, scale)}" fill="none" stroke="#FFFFFF" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>
</svg>`;
}

/** Renders an SVG to PNG bytes at its own size. */
export function renderPng(svg: string): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Writes color.png and outline.png into `dir`. */
export function writeIcons(dir: URL): void {
  writeFileSync(new URL('color.png', dir), renderPng(colorIconSvg()));
  writeFileSync(new URL('outline.png', dir), renderPng(outlineIconSvg()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../../../manifests/teams/', import.meta.url);
  writeIcons(dir);
  console.log(`wrote ${fileURLToPath(dir)}color.png and outline.png`);
}
