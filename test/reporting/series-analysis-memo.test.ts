import { describe, expect, it } from 'vitest';
import {
  periodBounds,
  shiftPeriod,
  type BaselineEvent,
  type Locale,
  type Measure,
  type Measurement,
} from '../../src/domain';
import { MAX_SLOTS } from '../../src/reporting/period-grid';
import { analyseSeries, type SeriesAnalysis } from '../../src/reporting/series-analysis';
import { createSeriesAnalysisMemo } from '../../src/reporting/series-analysis-memo';

const measure: Measure = {
  id: 'm1',
  collaborativeId: 'c1',
  teamId: null,
  code: 'OP24',
  name: 'Opfølgning',
  type: 'process',
  unitKind: 'proportion',
  unit: null,
  direction: 'higher',
  goal: 90,
  period: 'week',
  scope: 'mandatory',
  dataSource: null,
  multiplier: 1,
  chart: 'auto',
  createdAt: new Date('2010-01-01T00:00:00Z'),
};
const now = new Date('2026-11-26T09:00:00Z');
const FIRST = '2012-W01';

const point = (i: number, value: number): Measurement => {
  const periodKey = shiftPeriod(FIRST, i);
  return {
    id: periodKey,
    measureId: 'm1',
    teamId: 't1',
    periodKey,
    periodStart: periodBounds(periodKey)!.start,
    value,
    numerator: Math.round(value * 20),
    denominator: 20,
    note: null,
    recordedBy: null,
    recordedAt: now,
  };
};

const event = (kind: 'freeze' | 'part', periodKey: string): BaselineEvent => ({
  id: `${kind}-${periodKey}`,
  teamId: 't1',
  measureId: 'm1',
  kind,
  periodKey,
  createdBy: null,
  why: null,
  createdAt: now,
  undoneAt: null,
  undoneBy: null,
});

/** Weekly proportions with ties and a level shift after `shiftAt` (a signal the texts then tell). */
function values(count: number, shiftAt: number): number[] {
  let seed = 11;
  return Array.from({ length: count }, (_, i) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const noise = Math.floor((seed / 2 ** 31) * 5) / 20;
    return Math.min(1, (i >= shiftAt ? 0.7 : 0.5) + noise);
  });
}

/** What a card or chart reads off an analysis. */
function shown(a: SeriesAnalysis) {
  const { chart, keys, centre, goal, signal, tone, variation, assurance, summary, baseline, labels } = a;
  return {
    chart,
    keys,
    centre,
    goal,
    signal,
    tone,
    variation,
    assurance,
    summary,
    baseline,
    labels,
    parts: a.result.parts,
    points: a.result.points,
  };
}

describe('the series analysis memo', () => {
  const cases: Array<[string, BaselineEvent[], Locale]> = [
    ['without events', [], 'da'],
    ['with a frozen baseline', [event('freeze', shiftPeriod(FIRST, 300))], 'da'],
    ['with a new part', [event('part', shiftPeriod(FIRST, 400))], 'en'],
  ];
  for (const [name, events, locale] of cases) {
    it(`answers as a full analysis while a long series grows value by value, ${name}`, () => {
      const memo = createSeriesAnalysisMemo();
      const all = values(MAX_SLOTS + 60, MAX_SLOTS + 20).map((v, i) => point(i, v));
      for (let n = MAX_SLOTS - 5; n <= all.length; n++) {
        const series = all.slice(0, n);
        const expected = shown(analyseSeries(measure, series, locale, 'run', now, events));
        expect(shown(memo.run('t1', measure, series, locale, now, events)), `${n} values`).toEqual(expected);
        // Asked again (the chart card after the write): the same analysis.
        expect(memo.run('t1', measure, [...series], locale, now, events).summary).toBe(expected.summary);
      }
      // Beyond the grid every value grew the remembered analysis (the first ones are analysed in full).
      expect(memo.counts.grown).toBeGreaterThanOrEqual(all.length - MAX_SLOTS - 1);
      expect(memo.counts.full).toBeLessThanOrEqual(MAX_SLOTS + 2 - (MAX_SLOTS - 5));
    });
  }

  it('keeps the series before a write, so "before and after" costs no full analysis', () => {
    const memo = createSeriesAnalysisMemo();
    const all = values(MAX_SLOTS + 10, 0).map((v, i) => point(i, v));
    const before = all.slice(0, -1);
    // A long series seen the first time is analysed without its latest value, then grown by it.
    memo.run('t1', measure, before, 'da', now, []);
    expect(memo.counts).toEqual({ found: 0, grown: 1, full: 1 });
    memo.run('t1', measure, all, 'da', now, []);
    memo.run('t1', measure, before, 'da', now, []);
    expect(memo.counts).toEqual({ found: 1, grown: 2, full: 1 });
    // The first write a new instance sees: "after", then "before", at the cost of one full analysis.
    const fresh = createSeriesAnalysisMemo();
    const after = fresh.run('t1', measure, all, 'da', now, []);
    expect(shown(fresh.run('t1', measure, before, 'da', now, []))).toEqual(
      shown(analyseSeries(measure, before, 'da', 'run', now, [])),
    );
    expect(shown(after)).toEqual(shown(analyseSeries(measure, all, 'da', 'run', now, [])));
    expect(fresh.counts).toEqual({ found: 1, grown: 1, full: 1 });
  });

  it('analyses in full what is not the remembered series plus one value at its end', () => {
    const memo = createSeriesAnalysisMemo();
    const all = values(MAX_SLOTS + 10, 0).map((v, i) => point(i, v));
    memo.run('t1', measure, all, 'da', now, []);
    const cases: Measurement[][] = [
      // A value corrected in the middle.
      all.map((m, i) => (i === 100 ? { ...m, value: 0.05 } : m)),
      // A value back-filled before the end.
      [...all.slice(0, 200), ...all.slice(201), point(MAX_SLOTS + 10, 0.9)].sort((a, b) =>
        a.periodStart.localeCompare(b.periodStart),
      ),
    ];
    for (const series of cases) {
      const full = memo.counts.full;
      const got = memo.run('t1', measure, series, 'da', now, []);
      expect(shown(got)).toEqual(shown(analyseSeries(measure, series, 'da', 'run', now, [])));
      expect(memo.counts.full).toBe(full + 1);
    }
    // Another team, another language, another measure.
    memo.run('t1', measure, all, 'da', now, []);
    const full = memo.counts.full;
    memo.run('t2', measure, all, 'da', now, []);
    memo.run('t1', measure, all, 'en', now, []);
    memo.run('t1', { ...measure, direction: 'lower' }, all, 'da', now, []);
    expect(memo.counts.full).toBe(full + 3);
  });

  it('follows a new baseline event and the new year', () => {
    const memo = createSeriesAnalysisMemo();
    const all = values(MAX_SLOTS + 10, 0).map((v, i) => point(i, v));
    memo.run('t1', measure, all, 'da', now, []);
    expect(memo.counts.full).toBe(1);
    const events = [event('freeze', shiftPeriod(FIRST, 200))];
    const frozen = memo.run('t1', measure, all, 'da', now, events);
    expect(shown(frozen)).toEqual(shown(analyseSeries(measure, all, 'da', 'run', now, events)));
    expect(memo.counts.full).toBe(2);
    const nextYear = new Date('2027-01-05T09:00:00Z');
    const later = memo.run('t1', measure, all, 'da', nextYear, events);
    expect(later.summary).toBe(analyseSeries(measure, all, 'da', 'run', nextYear, events).summary);
    expect(memo.counts.full).toBe(3);
  });
});

describe('the memo’s limits', () => {
  it('forgets the least recently used series beyond its series and points', () => {
    // Series on their period grid: one analysis each unless asked about another version.
    const memo = createSeriesAnalysisMemo({ maxSeries: 2, maxPoints: 2.5 * MAX_SLOTS });
    const all = values(MAX_SLOTS, 0).map((v, i) => point(i, v));
    for (const team of ['t1', 't2', 't3']) memo.run(team, measure, all, 'da', now, []);
    const full = memo.counts.full;
    memo.run('t3', measure, all, 'da', now, []);
    memo.run('t2', measure, all, 'da', now, []);
    expect(memo.counts.full).toBe(full);
    memo.run('t1', measure, all, 'da', now, []);
    expect(memo.counts.full).toBe(full + 1);
    // Two analyses of one series fit; a third series' analysis pushes the oldest out by points.
    memo.run('t1', measure, all.slice(0, -1), 'da', now, []);
    memo.run('t2', measure, all, 'da', now, []);
    expect(memo.counts.full).toBe(full + 3);
  });
});
