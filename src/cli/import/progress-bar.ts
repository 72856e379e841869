import cliProgress from 'cli-progress';
import type { CliStream } from '../cli-io';

/** Files with more rows than this get a progress bar. */
export const PROGRESS_MIN_ROWS = 5000;

/** A progress bar on stderr when it is a terminal and the work is large; otherwise null (quiet in pipes and tests). */
export function progressBar(stream: CliStream, total: number, label: string): cliProgress.SingleBar | null {
  if (!stream.isTTY || total < PROGRESS_MIN_ROWS * 2) return null;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: `${label} [{bar}] {percentage}% | {eta}s left`,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}
