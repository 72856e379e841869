import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** PNG signature bytes. */
export const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** Width and height from the IHDR chunk, after checking the signature and chunk type. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('IHDR is not the first chunk');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/** Writes a screenshot to test/artifacts/ (git-ignored) for people to look at. */
export function saveArtifact(name: string, data: Buffer | string): void {
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, name), data);
}
