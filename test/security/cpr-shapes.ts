import { containsCpr } from '../../src/domain';

/** Every shape of one CPR number (24 May 1983, serial 1234) people paste from patient systems and letters. */
export const CPR_SHAPES = [
  '240583-1234',
  '2405831234',
  '240583 1234',
  '24.05.83-1234',
  '24.05.83 1234',
  '24.05.83.1234',
  '24 05 83 1234',
  '24-05-83-1234',
  '240583 - 1234',
  '240583\u20131234',
  '240583\u20141234',
  '24\u201305\u201383\u20131234',
  '240583\u00a01234',
] as const;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** True when a dump (store rows, log lines, export text) holds a CPR-like number outside generated UUIDs. */
export function dumpHasCpr(dump: string): boolean {
  // JSON escapes control characters only; typographic dashes and spaces stay as typed.
  return containsCpr(dump.replace(UUID, '')) || dump.includes('240583') || dump.includes('24.05.83');
}
