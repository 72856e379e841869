// Entry point of the command-line tool: `npm run cli -- <command>` or `npx forbedringsbot <command>`.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT } from './cli-io';
import { runCli } from './run-cli';

export { runCli, usage } from './run-cli';

/** Runs the CLI on the real process streams and exits with its code. */
export async function main(argv = process.argv.slice(2)): Promise<never> {
  // A closed pipe reports EPIPE as an 'error' event: note it (exit 3) instead of crashing on an unhandled event.
  let outputFailed: string | null = null;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    outputFailed ??= err.code ?? err.message;
  });
  try {
    const code = await runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env });
    // process.exit drops what a pipe has not taken yet: wait until stdout has flushed (an EPIPE here is exit 3).
    const flushed = await new Promise<boolean>((resolve) => process.stdout.write('', (err) => resolve(!err)));
    const failed = !flushed || outputFailed !== null;
    // Not yet reported when the pipe closed after the command's last write.
    if (failed && code !== EXIT.output)
      process.stderr.write(`could not write the output: ${outputFailed ?? 'EPIPE'}\n`);
    process.exit(failed ? EXIT.output : code);
  } catch (err) {
    process.stderr.write(`Unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) await main();
