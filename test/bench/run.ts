// Benchmark runner: `npm run bench [-- <prefix>]`.
// Every test/bench/*.bench.ts default-exports Bench[]; each bench prints one JSON line per figure.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench } from './bench.js';

const here = dirname(fileURLToPath(import.meta.url));
const prefix = process.argv[2] ?? '';

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench[] };
  for (const bench of mod.default) {
    if (!bench.names.some((n) => n.startsWith(prefix) || prefix.startsWith(bench.group))) continue;
    try {
      const figures = await bench.run({ prefix });
      for (const f of figures) {
        if (f.name.startsWith(prefix)) console.log(JSON.stringify(f));
      }
    } catch (err) {
      failed++;
      console.error(JSON.stringify({ name: bench.group, error: String((err as Error)?.stack ?? err) }));
    }
  }
}
process.exit(failed ? 1 : 0);
