import type { Clock, Store } from '../domain';

/** A text sink with an optional TTY flag (process.stdout/stderr, or a test buffer). */
export interface CliStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** What one CLI run talks to; tests pass buffers, a store and a clock so nothing is spawned. */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  env: Record<string, string | undefined>;
  /** Directory relative file paths are resolved against; defaults to process.cwd(). */
  cwd?: string;
  /** The store to use instead of the one the config names (tests); it is not closed by the CLI. */
  store?: Store;
  clock?: Clock;
}

/** Exit codes: 0 ok, 1 invalid input (a bad file, unknown person, invalid rows), 2 usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Raised for a bad command line; the runner prints the message and the command's usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Raised for invalid input the operator can fix; the runner prints the message, exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Writes lines to a stream. */
export function writeLines(stream: CliStream, lines: string[]): void {
  if (lines.length) stream.write(`${lines.join('\n')}\n`);
}
