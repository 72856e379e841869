import type { Clock, Store } from '../domain';

/** A text sink with an optional TTY flag (process.stdout/stderr, or a test buffer). */
export interface CliStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Node streams: 'drain' after write returned false, 'error' on a closed pipe (EPIPE). */
  once?(event: 'drain' | 'error', listener: (err?: Error) => void): unknown;
  removeListener?(event: 'drain' | 'error', listener: (err?: Error) => void): unknown;
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
export const EXIT = { ok: 0, invalid: 1, usage: 2, output: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Raised for a bad command line; the runner prints the message and the command's usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Raised for invalid input the operator can fix; the runner prints the message, exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Raised when the output could not be written completely (the reader closed the pipe: EPIPE); exit 3. */
export class OutputError extends Error {
  override name = 'OutputError';
}

const PIECE = 64 * 1024;

/**
 * Writes all of `text`, waiting for 'drain' whenever the stream's buffer is full, so a slow reader on a pipe gets
 * everything; a write error (EPIPE when the reader went away) rejects with OutputError.
 */
export async function writeFully(stream: CliStream, text: string): Promise<void> {
  let failed: Error | undefined;
  const onError = (err?: Error) => {
    failed = err ?? new Error('write failed');
  };
  stream.once?.('error', onError);
  try {
    for (let i = 0; i < text.length && !failed; i += PIECE) {
      const more = stream.write(text.slice(i, i + PIECE));
      if (more === false && stream.once) await drainOrError(stream);
    }
    // Let an asynchronous write error of the last piece arrive before calling it done.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    stream.removeListener?.('error', onError);
  }
  if (failed)
    throw new OutputError(`could not write the output: ${(failed as NodeJS.ErrnoException).code ?? failed.message}`);
}

function drainOrError(stream: CliStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.removeListener?.('drain', done);
      stream.removeListener?.('error', done);
      resolve();
    };
    stream.once!('drain', done);
    stream.once!('error', done);
  });
}

/** Writes lines to a stream. */
export function writeLines(stream: CliStream, lines: string[]): void {
  if (lines.length) stream.write(`${lines.join('\n')}\n`);
}
