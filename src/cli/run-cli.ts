import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { redactCpr, type Clock, type Store } from '../domain';
import { createStore } from '../store/create-store';
import { resolveAgainst, type CliCommand, type CommandContext } from './cli-command';
import {
  EXIT,
  InputError,
  OutputError,
  UsageError,
  writeLines,
  type CliIo,
  type CliStream,
  type ExitCode,
} from './cli-io';
import { exportCommand } from './export/export-command';
import { importCommand } from './import/import-command';
import { personCommand } from './person/person-command';
import { privacyCommand } from './privacy/privacy-command';
import { setupCommand } from './setup/setup-command';

const commands: CliCommand[] = [setupCommand, importCommand, exportCommand, personCommand, privacyCommand];

/** The command list printed by `--help` and on a usage error. */
export function usage(): string {
  return [
    'Usage: forbedringsbot <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`),
    '',
    "Run `forbedringsbot <command> --help` for a command's options.",
    "Uses the server's configuration: DATABASE_URL (PostgreSQL) or DATA_DIR/forbedringsbot.sqlite.",
  ].join('\n');
}

/**
 * Runs one CLI invocation in-process and returns its exit code (0 ok, 1 invalid input, 2 usage).
 * `argv` is the arguments after the program name, e.g. ['import', 'data.csv', '--dry-run'].
 */
export async function runCli(argv: string[], rawIo: CliIo): Promise<ExitCode> {
  // Nothing the CLI prints (a report, an error quoting a file, a usage line) may repeat a CPR-like number.
  const io: CliIo = { ...rawIo, stdout: redacting(rawIo.stdout), stderr: redacting(rawIo.stderr) };
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    writeLines(name ? io.stdout : io.stderr, [usage()]);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    writeLines(io.stderr, [`Unknown command "${name}".`, '', usage()]);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    writeLines(io.stdout, [command.usage]);
    return EXIT.ok;
  }
  let opened: Store | undefined;
  const ctx: CommandContext = {
    io,
    // The system clock appears here and in main.ts only; tests inject a ManualClock.
    clock: io.clock ?? { now: () => new Date() },
    path: (file) => resolveAgainst(io.cwd, file),
    async store() {
      if (io.store) return io.store;
      opened ??= await openStore(io, ctx.clock);
      return opened;
    },
  };
  try {
    return await command.run(args, ctx);
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      writeLines(io.stderr, [`${(err as Error).message}`, '', command.usage]);
      return EXIT.usage;
    }
    if (err instanceof OutputError) {
      writeLines(io.stderr, [(err as Error).message]);
      return EXIT.output;
    }
    if (err instanceof InputError || err instanceof ConfigError) {
      writeLines(io.stderr, [(err as Error).message]);
      return EXIT.invalid;
    }
    throw err;
  } finally {
    await opened?.close();
  }
}

// The same store the server uses (app.ts): PostgreSQL when DATABASE_URL is set, else DATA_DIR/forbedringsbot.sqlite.
async function openStore(io: CliIo, clock: Clock): Promise<Store> {
  const config = loadConfig(io.env);
  if (config.databaseUrl) return createStore({ databaseUrl: config.databaseUrl, clock, postgres: config.postgres });
  const dir = resolveAgainst(io.cwd, config.dataDir);
  mkdirSync(dir, { recursive: true });
  return createStore({ sqliteFile: join(dir, 'forbedringsbot.sqlite'), clock });
}

// node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options.
function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function redacting(stream: CliStream): CliStream {
  return { isTTY: stream.isTTY, write: (chunk: string) => stream.write(redactCpr(chunk)) };
}
