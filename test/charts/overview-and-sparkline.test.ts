import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { renderOverviewPng, renderOverviewSvg, renderSparklinePng, renderSparklineSvg } from '../../src/charts';
import { periodLabel, shiftPeriod } from '../../src/domain';
import { shiftInput } from './fixtures';
import { pngSize, saveArtifact } from './png-helpers';

/** 30 teams × 104 weeks; every third team improves clearly (a shift of 25) in its last 30 weeks. */
function teams(count = 30, weeks = 104) {
  let s = 11;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const towns = ['Hvidovre', 'Aalborg', 'Odense', 'Århus', 'Næstved', 'Sønderborg'];
  return Array.from({ length: count }, (_, k) => {
    const y = Array.from({ length: weeks }, (_, i) =>
      Math.round(40 + rnd() * 20 - (k % 3 === 0 && i >= weeks - 30 ? 25 : 0)),
    );
    return { name: `${towns[k % 6]} ortopædkirurgi ${k + 1}`, analysis: analyze({ chart: 'run', y }) };
  });
}

/** The shared time axis of `weeks` weeks ending with week 47 of 2026: labels and ISO years. */
function axis(weeks: number) {
  const keys = Array.from({ length: weeks }, (_, i) => shiftPeriod('2026-W47', i - (weeks - 1)));
  return { periodLabels: keys.map((k) => periodLabel(k)), periodYears: keys.map((k) => Number(k.slice(0, 4))) };
}

/** Text drawn at the bottom of the panels (the time axis labels, font size 8). */
const axisTexts = (svg: string) => [...svg.matchAll(/font-size="8"[^>]*>([^<]+)</g)].map((m) => m[1]);

describe('renderSparklinePng', () => {
  it('renders a 240×60 image without text', () => {
    const input = { analysis: analyze(shiftInput), goal: 25 };
    expect(renderSparklineSvg(input)).not.toMatch(/<text|<use/);
    const png = renderSparklinePng(input);
    expect(pngSize(png)).toEqual({ width: 240, height: 60 });
    saveArtifact('sparkline.png', png);
  });
});

describe('renderOverviewSvg', () => {
  it('draws one panel per team with its name, on a shared y scale', () => {
    const all = teams(7, 40);
    const svg = renderOverviewSvg({ measureName: 'Tid til operation', teams: all, ...axis(40), goal: 36 });
    const names = [...svg.matchAll(/font-size="10" font-weight="bold"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(names).toHaveLength(7);
    for (const [k, name] of names.entries()) expect(all[k]!.name.startsWith(name!.split('…')[0]!)).toBe(true);
    expect(new Set(names).size).toBe(7); // "Hvidovre … 1" and "Hvidovre … 7" are cut where they differ
    // Tick labels are drawn once per row (the first column): 3 columns → 3 rows, same ticks.
    const ticks = [...svg.matchAll(/font-size="9" text-anchor="end"[^>]*>([^<]+)</g)].map((m) => m[1]);
    const third = ticks.length / 3;
    expect(ticks.slice(0, third)).toEqual(ticks.slice(third, 2 * third));
    expect(ticks.slice(0, third)).toEqual(ticks.slice(2 * third));
  });

  it('gives every panel the same time axis, with the year at the first label and where it changes', () => {
    const svg = renderOverviewSvg({ measureName: 'Tid til operation', teams: teams(4, 60), ...axis(60) });
    // 60 weeks back from week 47 2026 begin in week 40 2025; the middle label (week 18) is in 2026, the last too.
    const texts = axisTexts(svg);
    expect(texts).toHaveLength(4 * 3);
    expect(texts.slice(0, 3)).toEqual(['uge 40 2025', 'uge 18 2026', 'uge 47']);
    for (let k = 1; k < 4; k++) expect(texts.slice(3 * k, 3 * k + 3)).toEqual(texts.slice(0, 3));
  });

  it('never cuts two names so they look alike', () => {
    const long = (town: string) => ({
      name: `Ortopædkirurgisk afdeling, ${town}`,
      analysis: analyze({ chart: 'run', y: [1, 2, 3] }),
    });
    const svg = renderOverviewSvg({
      measureName: 'Tid til operation',
      teams: ['Hvidovre', 'Herlev', 'Holbæk', 'Hillerød', 'Horsens', 'Hjørring', 'Haderslev', 'Aalborg', 'Odense'].map(
        long,
      ),
      ...axis(3),
    });
    const names = [...svg.matchAll(/font-size="10" font-weight="bold"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(names).toHaveLength(9);
    expect(new Set(names).size).toBe(9);
    expect(names.every((n) => n!.includes('…'))).toBe(true);
  });

  it('marks teams whose latest part signals', () => {
    const all = teams(6, 60);
    const svg = renderOverviewSvg({ measureName: 'Tid til operation', teams: all, ...axis(60) });
    // Teams 1 and 4 (k = 0, 3) have the shift; a marker dot precedes their names.
    expect((svg.match(/fill="#D55E00"\/><text/g) ?? []).length).toBe(2);
  });

  it('renders at 2× (sharp when Teams scales it), 30 teams × 104 weeks within Teams’ 1024 px', () => {
    const few = renderOverviewPng({ measureName: 'Tid til operation', teams: teams(6, 104), ...axis(104) });
    const svg = renderOverviewSvg({ measureName: 'Tid til operation', teams: teams(6, 104), ...axis(104) });
    const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
    expect(pngSize(few)).toEqual({ width: 2 * w!, height: 2 * h! });
    expect(pngSize(few).width).toBe(1024);
    const png = renderOverviewPng({
      measureName: 'Tid til operation (timer) – alle teams',
      teams: teams(),
      ...axis(104),
      goal: 36,
    });
    const size = pngSize(png);
    expect(size.width).toBeLessThanOrEqual(1024);
    expect(size.height).toBeLessThanOrEqual(1024);
    expect(size.width).toBeGreaterThan(1000); // still (nearly) 2× the 512 px layout
    saveArtifact('overview-6x104.png', few);
    saveArtifact('overview-30x104.png', png);
  });
});
