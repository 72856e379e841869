import { describe, expect, it } from 'vitest';
import { shiftPeriod, type Measure, type Measurement } from '../../src/domain';
import { controlChartFor } from '../../src/reporting/measure-chart';
import { analyseSeries } from '../../src/reporting/series-analysis';

const measure = (over: Partial<Measure>): Measure => ({
  id: 'm1',
  collaborativeId: 'c1',
  teamId: null,
  code: 'FALD',
  name: 'Fald med skade',
  type: 'outcome',
  unitKind: 'count',
  unit: null,
  direction: 'lower',
  goal: null,
  period: 'week',
  scope: 'mandatory',
  dataSource: null,
  multiplier: 1,
  chart: 'auto',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});
const weekly = (values: Array<number | [number, number]>): Measurement[] =>
  values.map((v, i) => {
    const [num, den] = Array.isArray(v) ? v : [v, null];
    const periodKey = shiftPeriod('2026-W01', i);
    return {
      id: `x${i}`,
      measureId: 'm1',
      teamId: 't1',
      periodKey,
      periodStart: '2026-01-01',
      value: den ? num / den : num,
      numerator: num,
      denominator: den,
      note: null,
      recordedBy: null,
      recordedAt: new Date('2026-01-01T00:00:00Z'),
    };
  });

describe("a measure's control chart in reporting", () => {
  it("shows mostly-zero weekly counts as a g chart of weeks between events, labelled by the event's week", () => {
    const falls = weekly([0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0]);
    const m = measure({});
    expect(controlChartFor(m, falls)).toBe('g');
    const a = analyseSeries(m, falls, 'da', 'g');
    expect(a.result.points.map((p) => p.y)).toEqual([3, 4, 0]);
    expect(a.labels).toEqual(['uge 6', 'uge 11', 'uge 11']);
  });

  it('uses the chart set on the measure and analyses a P′ chart on numerators and denominators', () => {
    const m = measure({ unitKind: 'proportion', chart: 'pp', goal: 10 });
    const series = weekly([
      [1000, 10_000],
      [1150, 10_000],
      [900, 10_000],
      [1100, 10_000],
    ]);
    expect(controlChartFor(m, series)).toBe('pp');
    const a = analyseSeries(m, series, 'da', 'pp');
    expect(a.result.points[0]!.cl).toBeCloseTo(0.10375, 10);
    expect(a.goal).toBe(0.1);
    expect(a.centre).toBeCloseTo(10.375, 8);
  });
});
