import { describe, expect, it } from 'vitest';
import { analyze, findShift, findSignals, suggestChart, summarize } from '../../src/analysis';

const weeks = (from: number, count: number) => Array.from({ length: count }, (_, i) => `uge ${from + i}`);

// A frozen baseline of 16 points alternating 8/12 (median 10), then 9 points at 20 from index 16:
// 25 useful points, longest run 9 > round(log2 25) + 3 = 8, crossings 16 ≥ qbinom(0.05, 24, 0.5) = 8.
const baseline = [12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8];
const shifted = [...baseline, ...Array<number>(9).fill(20)];
const shiftInput = { chart: 'run' as const, y: shifted, freeze: 16 };

describe('findShift', () => {
  it('reports direction, start and length of the latest unusually long run', () => {
    const result = analyze(shiftInput);
    expect(result.parts[0]).toMatchObject({
      nUseful: 25,
      longestRun: 9,
      longestRunMax: 8,
      crossings: 16,
      crossingsMin: 8,
    });
    expect(findShift(result)).toEqual({ part: 1, direction: 'above', startIndex: 16, endIndex: 24, length: 9 });
  });

  it('returns null when the runs analysis does not signal', () => {
    expect(findShift(analyze({ chart: 'run', y: baseline }))).toBeNull();
  });

  it('recounts runs without excluded points', () => {
    const y = [1, 2, 1, 2, 1, 2, 1, 2, 9, 9, 9, 9, 9, 9, 9, 0];
    const result = analyze({ chart: 'run', y, exclude: [15] });
    const signals = findSignals(result, { exclude: [15] });
    expect(signals[0]!.shifts.map((s) => s.length)).toEqual([7]);
  });
});

describe('summarize', () => {
  it('describes a shift in Danish with the period it started', () => {
    const text = summarize(analyze(shiftInput), { locale: 'da', periodLabels: weeks(30, 25) });
    expect(text).toBe('Skift: 9 punkter i træk over medianen siden uge 46.');
  });

  it('describes a shift in English', () => {
    const labels = Array.from({ length: 25 }, (_, i) => `week ${30 + i}`);
    const text = summarize(analyze(shiftInput), { locale: 'en', periodLabels: labels });
    expect(text).toBe('Shift: 9 points in a row above the median since week 46.');
  });

  it('says there is no sign of non-random variation, with the number of points', () => {
    const y = Array.from({ length: 24 }, (_, i) => (i % 2 ? 3 : 1));
    expect(summarize(analyze({ chart: 'run', y }), { locale: 'da', periodLabels: weeks(1, 24) })).toBe(
      'Ingen tegn på ikke-tilfældig variation (24 punkter).',
    );
  });

  it('reports too few crossings with the expected minimum', () => {
    // 24 points in runs of 4: longest 4 ≤ 8, crossings 5 < 8.
    const y = Array.from({ length: 24 }, (_, i) => (Math.floor(i / 4) % 2 ? 10 : 1));
    expect(summarize(analyze({ chart: 'run', y }), { locale: 'da', periodLabels: weeks(1, 24) })).toBe(
      'For få krydsninger: 5 krydsninger (forventet mindst 8).',
    );
  });

  it('lists points outside the control limits by period label', () => {
    // Alternating 10/12 with 40 at index 6 and −18 at index 14: mean 222/20 = 11.1; moving ranges
    // 2 (×15), 28, 28, 30, 30 → average 7.68, screened at 25.1 → 2; limits 11.1 ± 5.32.
    const y = [10, 12, 10, 12, 10, 12, 40, 12, 10, 12, 10, 12, 10, 12, -18, 12, 10, 12, 10, 12];
    const text = summarize(analyze({ chart: 'i', y }), { locale: 'da', periodLabels: weeks(10, 20) });
    expect(text).toBe('2 punkter uden for kontrolgrænserne (uge 16, uge 24).');
  });

  it('says when there are too few points to judge', () => {
    expect(summarize(analyze({ chart: 'run', y: [1, 3, 2, 4] }), { locale: 'da', periodLabels: weeks(1, 4) })).toBe(
      'For få punkter til at vurdere variationen: 4 (mindst 10 anbefales).',
    );
  });

  it('says there are no data yet for an all-missing series', () => {
    expect(summarize(analyze({ chart: 'run', y: [null, null] }), { locale: 'en', periodLabels: [] })).toBe(
      'No data yet.',
    );
  });

  it('describes the latest part and adds the centre value with decimal comma when a unit is given', () => {
    const y = [...baseline, 20.5, 19.5, 20.5, 19.5, 20.5, 19.5, 20.5, 19.5, 20.5, 19.5, 20.5, 19.5];
    const text = summarize(analyze({ chart: 'run', y, part: [16] }), {
      locale: 'da',
      periodLabels: weeks(1, y.length),
      unitLabel: 'min',
    });
    expect(text).toBe(
      'Seneste fase (fra uge 17): Ingen tegn på ikke-tilfældig variation (12 punkter). Median: 20 min.',
    );
  });

  it('shows p chart centres as percentages', () => {
    const y = Array.from({ length: 12 }, (_, i) => (i % 2 ? 3 : 4));
    const n = y.map(() => 20);
    const text = summarize(analyze({ chart: 'p', y, n }), {
      locale: 'da',
      periodLabels: weeks(1, 12),
      unitLabel: '',
      chart: 'p',
    });
    expect(text).toBe('Ingen tegn på ikke-tilfældig variation (12 punkter). Gennemsnit: 17,5 %.');
  });
});

describe('suggestChart', () => {
  it('maps each kind of measure to its control chart', () => {
    expect(suggestChart({ unitKind: 'count' })).toBe('c');
    expect(suggestChart({ unitKind: 'proportion' })).toBe('p');
    expect(suggestChart({ unitKind: 'rate' })).toBe('u');
    expect(suggestChart({ unitKind: 'value' })).toBe('i');
  });
});
