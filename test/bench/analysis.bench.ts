// Analysis speed: one `analyze` of a 104-point weekly series (two years), median over many runs.
import { analyze } from '../../src/analysis';
import { medianMs, round, type Bench } from './bench';

/** Deterministic pseudo-random series so figures are comparable between runs. */
function series(length: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length }, (_, i) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.round(20 + (s / 2147483648) * 10 + (i > 70 ? 6 : 0));
  });
}

/** Batch size per timed call: one analyze is far below the timer's resolution. */
const BATCH = 100;

const benches: Bench[] = [
  {
    group: 'analysis',
    names: ['analysis.run_104', 'analysis.p_104', 'analysis.g_104', 'analysis.pp_104'],
    async run() {
      const y = series(104, 7);
      const n = y.map((v) => v + 40);
      // National-database sized denominators for the P′ chart.
      const big = y.map((v) => v * 400 + 10_000);
      const perCall = async (fn: () => unknown) =>
        round(
          (await medianMs(
            () => {
              for (let i = 0; i < BATCH; i++) fn();
            },
            200,
            20,
          )) / BATCH,
        );
      return [
        { name: 'analysis.run_104', value: await perCall(() => analyze({ chart: 'run', y })), unit: 'ms' },
        { name: 'analysis.p_104', value: await perCall(() => analyze({ chart: 'p', y, n })), unit: 'ms' },
        { name: 'analysis.g_104', value: await perCall(() => analyze({ chart: 'g', y })), unit: 'ms' },
        { name: 'analysis.pp_104', value: await perCall(() => analyze({ chart: 'pp', y, n: big })), unit: 'ms' },
      ];
    },
  },
];

export default benches;
