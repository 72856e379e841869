import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { palette, renderChartSvg } from '../../src/charts';

/** Number of dots drawn in `colour` (each dot is one `M…a…a…` subpath). */
function dots(svg: string, colour: string): number {
  const d = new RegExp(`<path d="([^"]*)" fill="${colour}"`).exec(svg)?.[1] ?? '';
  return (d.match(/M/g) ?? []).length;
}

// Twelve weeks around 30, then ten around 20: only the last ten form a long run (below the median 28.5).
const y = [30, 31, 29, 30, 32, 28, 30, 31, 29, 30, 33, 29, 20, 21, 19, 20, 22, 18, 20, 21, 19, 20];
const input = (better?: 'higher' | 'lower') => ({
  analysis: analyze({ chart: 'run', y }),
  periodLabels: y.map((_, i) => `uge ${i + 1}`),
  measureName: 'Ventetid',
  ...(better ? { better } : {}),
});

describe("signal colours follow the measure's direction", () => {
  it('draws a drop in a lower-is-better measure in the improvement colour, never the warning colour', () => {
    const svg = renderChartSvg(input('lower'));
    expect(dots(svg, palette.improvement)).toBe(10);
    expect(dots(svg, palette.signal)).toBe(0);
    expect(svg).toContain(`stroke="${palette.improvement}" stroke-width`);
  });

  it('draws the same drop in the warning colour when higher is better, and when no direction is given', () => {
    for (const svg of [renderChartSvg(input('higher')), renderChartSvg(input())]) {
      expect(dots(svg, palette.signal)).toBe(10);
      expect(dots(svg, palette.improvement)).toBe(0);
    }
  });
});
