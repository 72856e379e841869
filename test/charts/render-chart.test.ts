import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { palette, renderChartPng, renderChartSvg, svgToPng } from '../../src/charts';
import { dejavuSansPath } from '../../src/charts/font/dejavu';
import { danishShiftChart, weekLabels } from './fixtures';
import { pngSize, saveArtifact } from './png-helpers';

/** Number of dots drawn in the signal colour (each dot is one `M…a…a…` subpath). */
function signalDots(svg: string): number {
  const d = new RegExp(`<path d="([^"]*)" fill="${palette.signal}"`).exec(svg)?.[1] ?? '';
  return (d.match(/M/g) ?? []).length;
}

describe('renderChartPng', () => {
  it('renders a Danish run chart with æøå, a shift, a goal and two PDSA markers to a 600×300 PNG', () => {
    const png = renderChartPng(danishShiftChart());
    expect(pngSize(png)).toEqual({ width: 600, height: 300 });
    saveArtifact('chart-da-shift.png', png);
  });

  it('renders at twice the size for high-DPI screens', () => {
    expect(pngSize(renderChartPng(danishShiftChart(), { scale: 2 }))).toEqual({ width: 1200, height: 600 });
  });

  it('draws text as glyph outlines that match resvg’s own text rendering', () => {
    const input = danishShiftChart();
    const withText = new Resvg(renderChartSvg(input, { text: 'text' }), {
      font: {
        fontFiles: [dejavuSansPath(), dejavuSansPath('bold')],
        loadSystemFonts: false,
        defaultFontFamily: 'DejaVu Sans',
      },
    }).render().pixels;
    const pathsSvg = renderChartSvg(input, { text: 'paths' });
    expect(pathsSvg).not.toContain('<text');
    const withPaths = new Resvg(pathsSvg, { font: { loadSystemFonts: false } }).render().pixels;
    let differing = 0;
    let inkInTitle = 0;
    for (let i = 0; i < withText.length; i += 4) {
      if (Math.abs(withText[i]! - withPaths[i]!) > 96) differing++;
      const x = (i / 4) % 600;
      const y = Math.floor(i / 4 / 600);
      if (y < 24 && x < 300 && withPaths[i]! < 100) inkInTitle++;
    }
    expect(differing / (withText.length / 4)).toBeLessThan(0.002);
    expect(inkInTitle).toBeGreaterThan(300);
  });
});

describe('renderChartSvg', () => {
  it('matches the stored snapshot', async () => {
    const svg = renderChartSvg(danishShiftChart());
    saveArtifact('chart-da-shift.svg', svg);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/chart-da-shift.svg');
  });

  it('labels the centre with a decimal comma, the goal, and escapes the title', () => {
    const svg = renderChartSvg(danishShiftChart());
    expect(svg).toContain('>Median 32,5<');
    expect(svg).toContain('>Mål 25<');
    expect(svg).toContain('Ærø – børn &amp; unge');
    expect(svg).toContain('>PDSA 1: triage ved døren<');
  });

  it('highlights exactly the points of the shift in the signal colour', () => {
    // The last 10 points are below the frozen median 32.5; no other run is longer than 8.
    const svg = renderChartSvg(danishShiftChart());
    expect(signalDots(svg)).toBe(10);
    expect(svg).toContain('stroke-dasharray="6 4"'); // centre line marks the runs signal
  });

  it('thins x labels so they do not overlap and keeps the latest period', () => {
    const y = Array.from({ length: 104 }, (_, i) => 20 + (i % 7));
    const labels = weekLabels(1, 104);
    const svg = renderChartSvg({
      analysis: analyze({ chart: 'run', y }),
      periodLabels: labels,
      measureName: 'Liggetid',
    });
    const xs = [...svg.matchAll(/<text x="([\d.]+)" y="292" font-size="10" text-anchor="middle"[^>]*>uge (\d+)</g)].map(
      (m) => Number(m[1]),
    );
    expect(xs.length).toBeGreaterThan(5);
    expect(xs.length).toBeLessThan(30);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(40);
    expect(svg).toContain('>uge 52<');
  });

  it('draws p charts in percent, with varying limits and English labels', () => {
    const y = [12, 15, 9, 14, 11, 13, 10, 16, 12, 30, 11, 13];
    const n = [40, 60, 35, 55, 45, 50, 38, 62, 41, 48, 44, 52];
    const input = {
      analysis: analyze({ chart: 'p', y, n }),
      chart: 'p' as const,
      periodLabels: y.map((_, i) => `${String(i + 1).padStart(2, '0')}-11-2026`),
      measureName: 'Share of patients screened for delirium',
      goal: 0.3,
      locale: 'en' as const,
    };
    const svg = renderChartSvg(input);
    expect(svg).toContain('>Goal 30%<');
    expect(svg).toMatch(/>Mean 2\d\.\d%</);
    expect(svg).toMatch(/>UCL \d+(\.\d)?%</);
    expect(signalDots(svg)).toBe(1); // 30/48 is above its upper limit
    saveArtifact('chart-p-en.png', renderChartPng(input));
  });

  it('separates parts with a gap and draws an I chart with limits for each part', () => {
    const y = [22, 25, 21, 24, 23, 26, 22, 24, 23, 25, 16, 15, 17, 14, 16, 15, 17, 16, 14, 15];
    const input = {
      analysis: analyze({ chart: 'i', y, part: [10] }),
      chart: 'i' as const,
      periodLabels: weekLabels(10, y.length),
      measureName: 'Liggetid efter hoftefraktur',
      unit: 'døgn',
      annotations: [{ index: 10, label: 'Ny udskrivelsespraksis' }],
    };
    const svg = renderChartSvg(input);
    expect(svg).toContain('>ØKG ');
    expect(svg).toContain('>NKG ');
    expect(svg).toContain(`stroke="${palette.separator}"`);
    saveArtifact('chart-i-parts.png', renderChartPng(input));
  });

  it('says there are no data for an empty series', () => {
    const svg = renderChartSvg({
      analysis: analyze({ chart: 'run', y: [null, null] }),
      periodLabels: [],
      measureName: 'Fald',
    });
    expect(svg).toContain('>Ingen data<');
    expect(pngSize(svgToPng(svg))).toEqual({ width: 600, height: 300 });
  });
});
