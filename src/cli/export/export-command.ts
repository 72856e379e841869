import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../cli-command';
import { EXIT, UsageError, writeFully } from '../cli-io';
import { baselinePeople, exportBaselinesCsv } from './export-baselines-csv';
import { exportCsv } from './export-csv';
import { exportJson } from './export-json';
import { collectTeamWork } from './export-team-work';
import { collectSeries, type ExportChart } from './export-series';

/** `export [--collaborative X] [--team Y] [--measure Z] [--format csv|json] [--out FILE] [--analysis [--chart run]]`. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export measurements as CSV or JSON (optionally with centre, limits and signals)',
  usage: [
    'Usage: forbedringsbot export [--collaborative NAME] [--team NAME] [--measure CODE] [--format csv|json]',
    '                             [--out FILE] [--analysis] [--chart suggested|run] [--excel-da] [--baselines]',
    '',
    'Exports everything, or what matches the filters (they combine). Writes to standard output unless --out.',
    'CSV is long format, one row per measurement; it loads into R/qicharts2 and Excel and back through `import`.',
    '  --format csv|json   default csv',
    '  --analysis          add chart, part, cl, lcl, ucl, runs_signal, sigma_signal',
    '  --chart             suggested (the SPC chart for the unit kind: p, u, c or i; default) or run',
    '  --excel-da          CSV for Danish Excel: semicolons, decimal comma, UTF-8 BOM',
    '  --baselines         CSV of the frozen baselines and new periods instead of the measurements',
    '                      (team, measure, kind, period, who, why, date; JSON always carries them per series)',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        collaborative: { type: 'string' },
        team: { type: 'string' },
        measure: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
        analysis: { type: 'boolean', default: false },
        chart: { type: 'string', default: 'suggested' },
        'excel-da': { type: 'boolean', default: false },
        baselines: { type: 'boolean', default: false },
      },
    });
    if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('--format must be csv or json');
    if (values.chart !== 'suggested' && values.chart !== 'run')
      throw new UsageError('--chart must be suggested or run');
    if (values['excel-da'] && values.format !== 'csv') throw new UsageError('--excel-da applies to CSV only');
    if (values.baselines && values.format !== 'csv') throw new UsageError('--baselines applies to CSV only');

    const store = await ctx.store();
    const filter = { collaborative: values.collaborative, team: values.team, measure: values.measure };
    const { collaboratives, series } = await collectSeries(
      store,
      filter,
      values.analysis ? (values.chart as ExportChart) : null,
    );
    const names = await baselinePeople(series, async (id) => (await store.persons.get(id))?.displayName ?? null);
    const dialect = values['excel-da'] ? 'excel-da' : 'standard';
    const text = values.baselines
      ? exportBaselinesCsv(series, names, dialect)
      : values.format === 'json'
        ? exportJson(
            collaboratives,
            series,
            ctx.clock.now(),
            await collectTeamWork(
              store,
              collaboratives.flatMap((c) => c.teams),
            ),
            names,
          )
        : exportCsv(series, dialect, values.analysis);
    const rows = series.reduce((n, s) => n + s.points.length, 0);
    if (values.out) {
      await writeFile(ctx.path(values.out), text, 'utf8');
      const events = series.reduce((n, s) => n + s.baselines.length, 0);
      ctx.io.stdout.write(
        values.baselines
          ? `Exported ${events} baseline events in ${series.length} series to ${values.out}.\n`
          : `Exported ${rows} measurements in ${series.length} series to ${values.out}.\n`,
      );
    } else {
      await writeFully(ctx.io.stdout, text);
    }
    return EXIT.ok;
  },
};
