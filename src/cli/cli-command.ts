import { resolve } from 'node:path';
import type { Clock, Store } from '../domain';
import type { CliIo, ExitCode } from './cli-io';

/** What a command gets: the IO, a lazily opened store, the clock, and path resolution against cwd. */
export interface CommandContext {
  io: CliIo;
  store(): Promise<Store>;
  clock: Clock;
  path(file: string): string;
}

/** One CLI command (`setup`, `import`, …): its usage text and its runner. */
export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full usage shown by `<command> --help` and on a usage error. */
  usage: string;
  run(args: string[], ctx: CommandContext): Promise<ExitCode>;
}

/** Resolves a path given on the command line against the run's working directory. */
export function resolveAgainst(cwd: string | undefined, file: string): string {
  return resolve(cwd ?? process.cwd(), file);
}
