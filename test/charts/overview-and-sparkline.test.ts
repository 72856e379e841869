import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { renderOverviewPng, renderOverviewSvg, renderSparklinePng, renderSparklineSvg } from '../../src/charts';
import { shiftInput, weekLabels } from './fixtures';
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
    return {
      name: `${towns[k % 6]} ortopædkirurgi ${k + 1}`,
      analysis: analyze({ chart: 'run', y }),
      periodLabels: weekLabels(1, weeks),
    };
  });
}

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
    const svg = renderOverviewSvg({ measureName: 'Tid til operation', teams: all, goal: 36 });
    for (const t of all) expect(svg).toContain(`>${t.name}<`);
    // Tick labels are drawn once per row (the first column): 5 columns → 2 rows, same ticks.
    const ticks = [...svg.matchAll(/font-size="9" text-anchor="end"[^>]*>([^<]+)</g)].map((m) => m[1]);
    const half = ticks.length / 2;
    expect(ticks.slice(0, half)).toEqual(ticks.slice(half));
  });

  it('marks teams whose latest part signals', () => {
    const all = teams(6, 60);
    const svg = renderOverviewSvg({ measureName: 'Tid til operation', teams: all });
    // Teams 1 and 4 (k = 0, 3) have the shift; a marker dot precedes their names.
    expect((svg.match(/fill="#D55E00"\/><text/g) ?? []).length).toBe(2);
  });

  it('renders 30 teams × 104 weeks within Teams’ 1024 px image limit', () => {
    const png = renderOverviewPng({ measureName: 'Tid til operation (timer) – alle teams', teams: teams(), goal: 36 });
    const size = pngSize(png);
    expect(size.width).toBeLessThanOrEqual(1024);
    expect(size.height).toBeLessThanOrEqual(1024);
    saveArtifact('overview-30x104.png', png);
  });
});
