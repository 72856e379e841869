import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isDomainError } from '../../domain';
import { createTranslator } from '../../i18n/translator';
import type { CliCommand } from '../cli-command';
import { EXIT, InputError, UsageError, writeLines } from '../cli-io';
import { applySetup } from './apply-setup';
import { formatSetupProblems, formatSetupResult } from './format-setup-result';
import { parseSetupFile } from './parse-setup-file';
import { SetupRejected } from './setup-result';

/** `setup <file.yaml> [--dry-run]`: create or update a collaborative from a YAML file. */
export const setupCommand: CliCommand = {
  name: 'setup',
  summary: 'create or update a collaborative from a YAML file',
  usage: [
    'Usage: forbedringsbot setup <file.yaml> [--dry-run]',
    '',
    'Creates or updates a collaborative, its teams, measures, people with roles and seminars.',
    'Idempotent: running the same file twice changes nothing. An invalid file changes nothing.',
    '  --dry-run   show what would change without writing',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1) throw new UsageError('setup needs exactly one file');
    const file = positionals[0]!;
    const text = await readFile(ctx.path(file), 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new InputError(`cannot read ${file}: ${err.code ?? err.message}`);
    });
    const parsed = parseSetupFile(text);
    if (!parsed.ok) {
      writeLines(ctx.io.stderr, formatSetupProblems(file, parsed.problems));
      return EXIT.invalid;
    }
    const store = await ctx.store();
    try {
      const result = await applySetup(store, parsed.file, parsed.lineOf, {
        now: ctx.clock.now(),
        dryRun: values['dry-run'],
      });
      writeLines(ctx.io.stdout, formatSetupResult(result));
      return EXIT.ok;
    } catch (err) {
      if (err instanceof SetupRejected) {
        writeLines(ctx.io.stderr, formatSetupProblems(file, err.problems));
        return EXIT.invalid;
      }
      if (isDomainError(err)) {
        const reason = createTranslator('en')(`error.${err.code}`, err.params);
        writeLines(ctx.io.stderr, [`${file}: ${reason}`, 'Nothing was changed.']);
        return EXIT.invalid;
      }
      throw err;
    }
  },
};
