import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { palette, renderChartPng, renderChartSvg, renderOverviewSvg, renderSparklineSvg } from '../../src/charts';
import { yDomain } from '../../src/charts/chart-frame';
import { seriesModel } from '../../src/charts/series-model';
import { valueRange } from '../../src/charts/value-range';
import { crowdedProportionChart, weekLabels } from './fixtures';
import { saveArtifact } from './png-helpers';

/** Y-axis tick labels of a full chart (right-aligned grey text), as numbers. */
function tickValues(svg: string): number[] {
  return [...svg.matchAll(/font-size="10" text-anchor="end" fill="#555555">([^<]+)</g)].map((m) =>
    Number(m[1]!.replace(/[%\s]/g, '').replace(',', '.')),
  );
}

/** y pixel of every horizontal grid line, by tick. */
function gridYs(svg: string): number[] {
  return [...svg.matchAll(new RegExp(`<path d="M[\\d.]+ ([\\d.]+)H[\\d.]+" stroke="${palette.grid}"`, 'g'))].map((m) =>
    Number(m[1]),
  );
}

/** y pixel where the plot area starts (top of the PDSA marker lines). */
function plotTop(svg: string): number {
  return Number(new RegExp(`<path d="M[\\d.]+ ([\\d.]+)V[\\d.]+" stroke="${palette.annotation}"`).exec(svg)?.[1]);
}

describe('y axis of a proportion', () => {
  it('stops at 100 % for a run chart of percentages near 100 % (unit "%")', () => {
    const input = crowdedProportionChart();
    const svg = renderChartSvg(input);
    const ticks = tickValues(svg);
    expect(Math.max(...ticks)).toBe(100);
    expect(Math.min(...ticks)).toBeGreaterThanOrEqual(0);
    // The top grid line (100) is the top of the plot: nothing above 100 % is drawn.
    expect(Math.min(...gridYs(svg))).toBe(plotTop(svg));
    saveArtifact('chart-proportion-crowded.png', renderChartPng(input, { scale: 2 }));
  });

  it('stops at 100 % when the measure says it is a proportion, whatever the unit', () => {
    const input = { ...crowdedProportionChart(), unit: 'andel', quantity: 'proportion' as const };
    expect(Math.max(...tickValues(renderChartSvg(input)))).toBe(100);
  });

  it('stops at 100 % for a P chart with proportions near 1', () => {
    const n = Array.from({ length: 30 }, (_, i) => 40 + (i % 5));
    const y = n.map((v, i) => (i % 4 === 0 ? v : v - 1 - (i % 3)));
    const svg = renderChartSvg({
      analysis: analyze({ chart: 'p', y, n }),
      chart: 'p',
      periodLabels: weekLabels(1, 30),
      measureName: 'Andel',
      goal: 0.95,
    });
    expect(Math.max(...tickValues(svg))).toBe(100);
    expect(Math.min(...gridYs(svg))).toBe(
      Math.min(...gridYs(svg), ...[...svg.matchAll(/L[\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]))),
    );
  });

  it('clips an I chart’s limits beyond 100 % to the axis instead of extending it', () => {
    const y = [70, 100, 65, 100, 75, 98, 60, 100, 72, 99, 68, 100];
    const analysis = analyze({ chart: 'i', y });
    expect(Math.max(...analysis.points.map((p) => p.ucl ?? 0))).toBeGreaterThan(100);
    const model = seriesModel(analysis);
    const domain = yDomain(model, valueRange('i', 'proportion'), 5);
    expect(domain.span[1]).toBe(100);
    expect(Math.max(...domain.ticks)).toBeLessThanOrEqual(100);
  });

  it('still shows a stored value outside the possible range rather than hiding it', () => {
    const domain = yDomain(
      seriesModel(analyze({ chart: 'run', y: [90, 95, 104, 92] })),
      valueRange('run', 'proportion'),
      5,
    );
    expect(domain.span[1]).toBeGreaterThanOrEqual(104);
  });
});

describe('y axis of counts and rates', () => {
  it('never goes below 0, even when a lower limit would', () => {
    const y = [0, 1, 0, 2, 0, 1, 3, 0, 1, 0];
    for (const [chart, quantity] of [
      ['c', undefined],
      ['i', 'count'],
      ['run', 'rate'],
    ] as const) {
      const domain = yDomain(seriesModel(analyze({ chart, y })), valueRange(chart, quantity), 5);
      expect(domain.span[0]).toBe(0);
      expect(Math.min(...domain.ticks)).toBe(0);
    }
  });

  it('may go below 0 for a plain value whose data are negative', () => {
    const domain = yDomain(seriesModel(analyze({ chart: 'run', y: [-3, 2, 1, -1] })), valueRange('run', 'value'), 5);
    expect(domain.span[0]).toBeLessThanOrEqual(-3);
  });
});

describe('sparkline and overview of a proportion', () => {
  const y = [88, 100, 92, 100, 95, 90, 100, 97];

  it('puts 100 % at the very top of the sparkline', () => {
    const svg = renderSparklineSvg({ analysis: analyze({ chart: 'run', y }), goal: 90, unit: '%' });
    const line = new RegExp(`<path d="([^"]+)" fill="none" stroke="${palette.data}"`).exec(svg)?.[1] ?? '';
    const ys = [...line.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(y.length);
    expect(Math.min(...ys)).toBe(5); // the sparkline's top inset: no headroom above 100 %
  });

  it('keeps the overview’s shared axis at or below 100 %', () => {
    const teams = [0, 1, 2].map((k) => ({
      name: `Team ${k + 1}`,
      analysis: analyze({ chart: 'run', y: y.map((v) => v - k) }),
    }));
    const svg = renderOverviewSvg({
      measureName: 'Andel',
      teams,
      periodLabels: weekLabels(1, y.length),
      goal: 95,
      quantity: 'proportion',
    });
    const ticks = [...svg.matchAll(/font-size="9" text-anchor="end"[^>]*>([^<]+)</g)].map((m) => Number(m[1]));
    expect(ticks.length).toBeGreaterThan(1);
    expect(Math.max(...ticks)).toBe(100);
  });
});
