// Entry point of the command-line tool: `npm run cli -- <command>` or `npx forbedringsbot <command>`.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';

export { runCli, usage } from './run-cli';

/** Runs the CLI on the real process streams and exits with its code. */
export async function main(argv = process.argv.slice(2)): Promise<never> {
  try {
    const code = await runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env });
    process.exit(code);
  } catch (err) {
    process.stderr.write(`Unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  }
}

const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) await main();
