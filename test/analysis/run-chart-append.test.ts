import { describe, expect, it } from 'vitest';
import { analyze, findSignals, interpret, latestPartPoints, summarize } from '../../src/analysis';
import { appendRunValue, growingRunChart, type RunChartOptions } from '../../src/analysis/run-chart-append';

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values with ties (few distinct levels), gaps, level shifts and now and then a non-finite value. */
function series(rand: () => number, length: number): (number | null)[] {
  const levels = 2 + Math.floor(rand() * 6);
  let shift = 0;
  return Array.from({ length }, () => {
    if (rand() < 0.05) shift += rand() < 0.5 ? 1 : -1;
    const r = rand();
    if (r < 0.08) return null;
    if (r < 0.09) return Number.NaN;
    return shift + Math.floor(rand() * levels) / levels;
  });
}

function optionsFor(rand: () => number, length: number): RunChartOptions {
  const r = rand();
  if (r < 0.4) return {};
  if (r < 0.7) return { freeze: 1 + Math.floor(rand() * length * 1.2) };
  const cuts = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Math.floor(rand() * length));
  return { part: cuts };
}

describe('a run chart grown value by value', () => {
  it('equals the analysis of the whole series at every length, with frozen baselines and parts', () => {
    let grown = 0;
    let shifted = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const rand = random(seed);
      const y = series(rand, 5 + Math.floor(rand() * 60));
      const options = optionsFor(rand, y.length);
      const start = 1 + Math.floor(rand() * 4);
      let chart = growingRunChart(y.slice(0, start), options);
      for (let n = start + 1; n <= y.length; n++) {
        const step = appendRunValue(chart, y[n - 1]!, options);
        const next = step ?? growingRunChart(y.slice(0, n), options);
        const appended = step !== null;
        if (appended) grown++;
        if (appended && findSignals(next.result).at(-1)?.shifts.length) shifted++;
        const whole = analyze({ chart: 'run', y: y.slice(0, n), ...options });
        expect(next.result.parts, `seed ${seed} length ${n}`).toEqual(whole.parts);
        // Texts and signals read through the points view; they must not differ from those read off the points.
        expect(findSignals(next.result)).toEqual(findSignals(whole));
        expect(latestPartPoints(next.result)).toBe(latestPartPoints(whole));
        const labels = (i: number) => `uge ${i + 1}`;
        for (const better of ['higher', 'lower'] as const) {
          expect(interpret(next.result, { better, goal: 0.5 })).toEqual(interpret(whole, { better, goal: 0.5 }));
          expect(summarize(next.result, { locale: 'da', periodLabels: labels, better, unitLabel: 'min' })).toBe(
            summarize(whole, { locale: 'da', periodLabels: labels, better, unitLabel: 'min' }),
          );
        }
        expect(next.result.points).toEqual(whole.points);
        chart = next;
      }
    }
    // Most steps are appends, not analyses in full.
    expect(grown).toBeGreaterThan(1000);
    // …and many of them end in a shift, whose runs a grown chart keeps rather than counts again.
    expect(shifted).toBeGreaterThan(100);
  });

  it('refuses to grow when the longer series moves a part boundary or the baseline', () => {
    const chart = growingRunChart([1, 2, 3, 4], { part: [2] });
    // A split right before the new value makes it a part of its own.
    expect(appendRunValue(chart, 5, { part: [2, 4] })).toBeNull();
    const frozen = growingRunChart([1, 2, 3, 4], { freeze: 2 });
    expect(appendRunValue(frozen, 5, { freeze: 3 })).toBeNull();
    // A freeze beyond the values moves with them: still a baseline of every value.
    const open = growingRunChart([1, 2, 3, 4], { freeze: 9 });
    expect(appendRunValue(open, 5, { freeze: 5 })?.result.parts).toEqual(
      analyze({ chart: 'run', y: [1, 2, 3, 4, 5], freeze: 5 }).parts,
    );
  });

  it('grows two charts from one without either seeing the other’s value', () => {
    const base = growingRunChart([1, 2, 3, 4, 5, 6]);
    const a = appendRunValue(base, 10)!;
    const b = appendRunValue(base, -10)!;
    expect(a.result.points.at(-1)!.y).toBe(10);
    expect(b.result.points.at(-1)!.y).toBe(-10);
    expect(base.result.points).toHaveLength(6);
    expect(b.result.parts).toEqual(analyze({ chart: 'run', y: [1, 2, 3, 4, 5, 6, -10] }).parts);
  });
});
