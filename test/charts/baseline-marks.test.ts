import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { palette, renderChartPng, renderChartSvg } from '../../src/charts';
import { danishShiftChart, shiftInput, weekLabels } from './fixtures';
import { pngSize, saveArtifact } from './png-helpers';

/** Vertical dashed lines in the centre colour: the baseline marks. */
const markLines = (svg: string) =>
  [
    ...svg.matchAll(
      new RegExp(
        `<path d="M([\\d.]+) [\\d.]+V[\\d.]+" stroke="${palette.centre}" stroke-width="1" stroke-dasharray="5 3"/>`,
        'g',
      ),
    ),
  ].map((m) => Number(m[1]));

describe('baseline marks on the chart', () => {
  it('draws a frozen baseline as a dashed line after its last value, labelled with the period', () => {
    const input = { ...danishShiftChart(), baseline: [{ kind: 'freeze' as const, index: 13, label: 'uge 49 2026' }] };
    const svg = renderChartSvg(input);
    expect(markLines(svg)).toHaveLength(1);
    expect(svg).toContain('>Baseline frosset uge 49 2026<');
    // Everything else is drawn as without the mark.
    const plain = renderChartSvg(danishShiftChart());
    expect(
      svg.replace(
        /<path d="M[\d.]+ [\d.]+V[\d.]+" stroke="#444444"[^>]*\/><text[^>]*>Baseline frosset uge 49 2026<\/text>/,
        '',
      ),
    ).toBe(plain);
    saveArtifact('chart-da-frozen.png', renderChartPng(input));
  });

  it('draws a split as a dashed line between the parts with a new centre line per part, labelled in English too', () => {
    const analysis = analyze({ chart: 'run', y: shiftInput.y, part: [14] });
    const input = {
      ...danishShiftChart(),
      analysis,
      periodLabels: weekLabels(36, shiftInput.y.length),
      baseline: [{ kind: 'part' as const, index: 14, label: 'week 50 2026' }],
      locale: 'en' as const,
    };
    const svg = renderChartSvg(input);
    const [x] = markLines(svg);
    expect(x).toBeGreaterThan(0);
    expect(svg).toContain('>New period from week 50 2026<');
    // The part separator is the dashed mark, not the plain grey one.
    expect(svg).not.toContain(`stroke="${palette.separator}"`);
    const withoutMark = renderChartSvg({ ...input, baseline: [] });
    expect(withoutMark).toContain(`stroke="${palette.separator}"`);
    // Two centre lines: one per part.
    expect(analysis.points[0]?.cl).not.toBe(analysis.points[20]?.cl);
    expect(pngSize(renderChartPng(input))).toEqual({ width: 600, height: 300 });
    saveArtifact('chart-en-part.png', renderChartPng(input));
  });

  it('leaves out a mark outside the values', () => {
    const svg = renderChartSvg({ ...danishShiftChart(), baseline: [{ kind: 'freeze', index: 23, label: 'x' }] });
    expect(markLines(svg)).toEqual([]);
  });
});
