import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Collaborative, Store } from '../../domain';
import type { CliCommand, CommandContext } from '../cli-command';
import { EXIT, InputError, UsageError, writeLines } from '../cli-io';
import { findCollaborative } from '../find-collaborative';
import { countRows, formatChanges, formatRowErrors } from './format-import-report';
import { mapColumns } from './import-columns';
import { loadImportTargets } from './import-targets';
import { planImport, type ImportPlan } from './plan-import';
import { progressBar } from './progress-bar';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { ImportTable } from './import-table';

// Rows per transaction: short transactions, so a running server's chat turns wait milliseconds for the write lock.
const CHUNK = 1_000;

/** `import <file.csv|file.xlsx>`: historic measurements, all rows valid or nothing written. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import historic measurements from CSV or Excel (.xlsx)',
  usage: [
    'Usage: forbedringsbot import <file.csv|file.xlsx> [--dry-run] [--skip-invalid] [--collaborative NAME] [--sheet NAME]',
    '',
    'Columns (header row, any order): team, measure (code or name), period, value or numerator and denominator,',
    'note; optional collaborative. Danish names work too (hold, mål, periode, værdi, tæller, nævner, bemærkning).',
    'Periods: 2026-W47, uge 47 2026, 23-11-2026, 23.11.2026, 2026-11-23, 2026-11, nov 2026.',
    'Separators: comma, semicolon (Danish Excel, decimal comma) or tab, detected from the header; BOM is fine.',
    '  --dry-run            report what would change; write nothing',
    '  --skip-invalid       write the valid rows even if some rows are invalid',
    '  --collaborative NAME look teams up in this collaborative only',
    '  --sheet NAME         the worksheet of an .xlsx file (default: the first)',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        collaborative: { type: 'string' },
        sheet: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('import needs exactly one file');
    const file = positionals[0]!;
    const table = await readTable(ctx.path(file), values.sheet);
    const columns = mapColumns(table.header);
    const store = await ctx.store();
    const only: Collaborative | null = values.collaborative
      ? await findCollaborative(store, values.collaborative)
      : null;

    const bar = progressBar(ctx.io.stderr, table.rows.length * 2, 'import');
    const targets = await loadImportTargets(store, only);
    const plan = await planImport(table, columns, targets, { now: ctx.clock.now(), onProgress: (n) => bar?.update(n) });
    const n = countRows(plan);
    const out = [
      `Read ${table.rows.length} rows from ${file} (${table.description}).`,
      `Valid: ${plan.rows.length} (${n.new} new, ${n.changed} changed, ${n.unchanged} unchanged). Invalid: ${n.invalid}.`,
    ];
    const blocked = n.invalid > 0 && !values['skip-invalid'];
    if (values['dry-run'] || blocked) bar?.stop();
    if (n.invalid) writeLines(ctx.io.stderr, formatRowErrors(file, plan));
    if (blocked) {
      writeLines(ctx.io.stdout, out);
      writeLines(ctx.io.stderr, [
        `Nothing was written: ${n.invalid} invalid rows. Fix them, or use --skip-invalid to import the valid rows only.`,
      ]);
      return EXIT.invalid;
    }
    if (values['dry-run']) {
      const changes = formatChanges(plan);
      writeLines(ctx.io.stdout, [
        ...out,
        ...(changes.length ? ['Would replace:', ...changes] : []),
        `Dry run: nothing was written. Would write ${n.new + n.changed} measurements.`,
      ]);
      return EXIT.ok;
    }
    const written = await write(store, plan, ctx, (fraction) =>
      bar?.update(Math.round(table.rows.length * (1 + fraction))),
    );
    bar?.update(table.rows.length * 2);
    bar?.stop();
    writeLines(ctx.io.stdout, [
      ...out,
      `Wrote ${written} measurements (${n.new} new, ${n.changed} changed); ${n.unchanged} unchanged rows left as they were.`,
    ]);
    return EXIT.ok;
  },
};

async function readTable(path: string, sheet: string | undefined): Promise<ImportTable> {
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.xlsx') return await readXlsx(path, sheet);
    if (ext === '.xls') throw new InputError('.xls (Excel 97–2003) is not supported: save the file as .xlsx or CSV');
    return await readCsv(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

// Changed and new rows in chunks of one short transaction each (a server beside the CLI keeps answering; it waits
// for the lock, busy_timeout), validated in full before the first is written. An import cut off halfway (a crash)
// has stored whole chunks; running it again writes the rest, as rows are insert-or-replace by period.
async function write(
  store: Store,
  plan: ImportPlan,
  ctx: CommandContext,
  progress: (fraction: number) => void,
): Promise<number> {
  const rows = plan.rows.filter((r) => r.status !== 'unchanged').map((r) => r.write);
  const actor = { personId: null, at: ctx.clock.now() };
  let written = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    written += await store.measurements.putMany(rows.slice(i, i + CHUNK), actor);
    progress(Math.min(i + CHUNK, rows.length) / rows.length);
  }
  return written;
}
