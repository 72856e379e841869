// Chart speed: a full 104-point run chart to PNG (analysis + SVG + PNG) and the 30-team overview (drawn at 2×).
import { analyze } from '../../src/analysis';
import { renderChartPng, renderOverviewPng, TEAMS_CHART } from '../../src/charts';
import { medianMs, type Bench } from './bench';

/** Deterministic weekly series with a shift after week 70. */
function series(length: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length }, (_, i) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.round(40 + (s / 2147483648) * 20 - (i > 70 ? 8 : 0));
  });
}

const labels = Array.from({ length: 104 }, (_, i) => `uge ${(i % 52) + 1}`);

const benches: Bench[] = [
  {
    group: 'charts',
    names: ['charts.png_104'],
    async run() {
      const y = series(104, 3);
      const render = () =>
        renderChartPng(
          {
            analysis: analyze({ chart: 'run', y }),
            periodLabels: labels,
            measureName: 'Tid til operation, hoftenære frakturer',
            unit: 'timer',
            goal: 36,
            annotations: [
              { index: 60, label: 'PDSA 1: fast-track' },
              { index: 72, label: 'PDSA 2: ny vagtplan' },
            ],
          },
          TEAMS_CHART,
        );
      return [{ name: 'charts.png_104', value: await medianMs(render, 100, 10), unit: 'ms' }];
    },
  },
  {
    group: 'overview',
    names: ['overview.png_30x104'],
    async run() {
      const teams = Array.from({ length: 30 }, (_, k) => {
        const y = series(104, k + 11);
        return { name: `Sønderborg ${k + 1}`, analysis: analyze({ chart: 'run', y }) };
      });
      const years = labels.map((_, i) => 2025 + Math.floor(i / 52));
      const render = () =>
        renderOverviewPng({
          measureName: 'Tid til operation – alle teams',
          teams,
          periodLabels: labels,
          periodYears: years,
          goal: 36,
        });
      return [{ name: 'overview.png_30x104', value: await medianMs(render, 20, 3), unit: 'ms' }];
    },
  },
];

export default benches;
