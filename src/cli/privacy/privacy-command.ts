import { parseArgs } from 'node:util';
import { databaseOf } from '../../store/create-store';
import { scanStoredCpr } from '../../store/privacy-scan';
import type { CliCommand } from '../cli-command';
import { EXIT, UsageError, writeLines } from '../cli-io';

const USAGE = [
  'Usage: forbedringsbot privacy scan [--redact]',
  '',
  'Finds CPR-like numbers already stored (notes, titles, names, seminar and broadcast text, PDSA fields, the',
  'audit log, conversation references and state) and prints how many rows per table and column hold one.',
  'Never prints the numbers. Exit code 1 when something was found and not redacted.',
  '  --redact   replace them with "[CPR fjernet]" in place (a measurement whose value is one is deleted)',
].join('\n');

/** `privacy scan [--redact]`: counts (and optionally redacts) CPR-like numbers in the store. */
export const privacyCommand: CliCommand = {
  name: 'privacy',
  summary: 'find (and with --redact remove) CPR-like numbers already stored; prints counts only',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { redact: { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1 || positionals[0] !== 'scan') throw new UsageError('privacy needs "scan"');
    const db = databaseOf(await ctx.store());
    if (!db) throw new UsageError('privacy scan needs the SQL store');
    const result = await scanStoredCpr(db, { redact: values.redact });
    const total = result.findings.reduce((n, f) => n + f.rows, 0);
    if (total === 0) {
      writeLines(ctx.io.stdout, ['No CPR-like numbers found.']);
      return EXIT.ok;
    }
    writeLines(ctx.io.stdout, [
      ...result.findings.map((f) => `${f.table}.${f.column}: ${f.rows} ${f.rows === 1 ? 'row' : 'rows'}`),
      values.redact
        ? `Redacted ${result.redacted} rows.`
        : `Found in ${total} places. Run with --redact to remove them.`,
    ]);
    return values.redact ? EXIT.ok : EXIT.invalid;
  },
};
