import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/charts';
import { axisLabels, periodBounds, periodLabel, shiftPeriod, type Measure, type Measurement } from '../../src/domain';
import { analyseSeries } from '../../src/reporting/series-analysis';

const measure: Measure = {
  id: 'm1',
  collaborativeId: 'c1',
  teamId: null,
  code: 'VENT',
  name: 'Ventetid',
  type: 'process',
  unitKind: 'value',
  unit: 'timer',
  direction: 'lower',
  goal: null,
  period: 'week',
  scope: 'mandatory',
  dataSource: null,
  multiplier: 1,
  chart: 'auto',
  createdAt: new Date('2025-01-01T00:00:00Z'),
};
const point = (periodKey: string, value: number): Measurement => ({
  id: periodKey,
  measureId: 'm1',
  teamId: 't1',
  periodKey,
  periodStart: periodBounds(periodKey)!.start,
  value,
  numerator: null,
  denominator: null,
  note: null,
  recordedBy: null,
  recordedAt: new Date('2026-01-01T00:00:00Z'),
});

describe('week labels carry their year', () => {
  it('on the axis: at the first label and at each year change', () => {
    expect(axisLabels(['2025-W51', '2025-W52', '2026-W01', '2026-W02'], 'da')).toEqual([
      'uge 51 2025',
      'uge 52',
      'uge 1 2026',
      'uge 2',
    ]);
    expect(axisLabels(['2026-W10', '2026-W11'], 'en')).toEqual(['week 10 2026', 'week 11']);
  });

  it('in texts: only when the week is not in the current year', () => {
    expect(periodLabel('2025-W33', 'da', 2026)).toBe('uge 33 2025');
    expect(periodLabel('2026-W33', 'da', 2026)).toBe('uge 33');
    expect(periodLabel('2025-W33', 'da')).toBe('uge 33');
  });
});

describe('missing periods are gaps on a time axis', () => {
  // Weeks 48 2025 – 10 2026 with weeks 2 and 3 missing.
  const keys = Array.from({ length: 15 }, (_, i) => shiftPeriod('2025-W48', i)).filter(
    (k) => k !== '2026-W02' && k !== '2026-W03',
  );
  const series = keys.map((k, i) => point(k, 30 + (i % 3)));
  const now = new Date('2026-03-10T12:00:00Z');

  it('analyses the series with the missing weeks as missing values (qicharts2 NA), not as if they were adjacent', () => {
    const a = analyseSeries(measure, series, 'da', 'i', now);
    expect(a.result.points).toHaveLength(15);
    expect(a.result.points.filter((p) => p.y === null)).toHaveLength(2);
    expect(a.result.points[6]!.y).toBeNull(); // week 2 2026
    expect(a.result.parts[0]!.nObs).toBe(15);
    expect(a.result.parts[0]!.nUseful).toBeLessThanOrEqual(13);
    expect(a.axisLabels.slice(0, 6)).toEqual(['uge 48', 'uge 49', 'uge 50', 'uge 51', 'uge 52', 'uge 1']);
    expect(a.years.slice(0, 6)).toEqual([2025, 2025, 2025, 2025, 2025, 2026]);
    expect(a.labels[0]).toBe('uge 48 2025');
    expect(a.labels.at(-1)).toBe('uge 10');
  });

  it('breaks the drawn line at the gap', () => {
    const a = analyseSeries(measure, series, 'da', 'run', now);
    const svg = renderChartSvg({
      analysis: a.result,
      periodLabels: a.axisLabels,
      periodYears: a.years,
      measureName: 'Ventetid',
    });
    // The shown axis labels name 2025 on the first and 2026 where the year changes.
    expect(svg).toMatch(/>uge \d+ 2025</);
    expect(svg).toMatch(/>uge \d+ 2026</);
    const data = /<path d="([^"]*)" fill="none" stroke="#0072B2"/.exec(svg)?.[1] ?? '';
    expect(data.match(/M/g)).toHaveLength(2);
  });
});
