import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Dependencies point inward (STYLE.md): this test reads the sources and fails on a forbidden import.
const root = resolve(__dirname, '../..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The src/ area an import resolves to (e.g. 'domain', 'channels/teams'), or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return `pkg:${spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]}`;
  const rel = relative(src, resolve(file, '..', spec)).split('/');
  return rel[0] === 'channels' ? `channels/${rel[1]}` : rel[0]!;
}

function area(file: string): string {
  const rel = relative(src, file).split('/');
  return rel[0] === 'channels' ? `channels/${rel[1]}` : rel.length === 1 ? rel[0]!.replace(/\.ts$/, '') : rel[0]!;
}

const SDKS = ['pkg:@microsoft/teams-ai', 'pkg:botbuilder', 'pkg:@slack/bolt', 'pkg:@slack/web-api', 'pkg:kysely', 'pkg:better-sqlite3', 'pkg:pg', 'pkg:node-cron'];

const rules: Record<string, (t: string) => boolean> = {
  domain: (t) => t === 'domain' || (t.startsWith('pkg:') && !SDKS.includes(t)),
  analysis: (t) => t === 'analysis' || (t.startsWith('pkg:') && !SDKS.includes(t)),
  charts: (t) => ['charts', 'analysis'].includes(t) || (t.startsWith('pkg:') && !SDKS.includes(t)),
  cards: (t) => ['cards', 'domain', 'i18n'].includes(t) || (t.startsWith('pkg:') && !SDKS.includes(t)),
  conversation: (t) =>
    ['conversation', 'reporting', 'domain', 'analysis', 'charts', 'cards', 'i18n', 'server'].includes(t) ||
    (t.startsWith('pkg:') && !SDKS.includes(t)),
  'channels/teams': (t) => !t.startsWith('channels/') || t === 'channels/teams',
  'channels/slack': (t) => !t.startsWith('channels/') || t === 'channels/slack',
  'channels/local': (t) => !t.startsWith('channels/') || t === 'channels/local',
};

describe('architecture boundaries', () => {
  const all = files(src);

  it('finds the source tree', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  for (const [name, allowed] of Object.entries(rules)) {
    it(`keeps ${name} free of forbidden imports`, () => {
      const violations = all
        .filter((f) => area(f) === name)
        .flatMap((f) => importsOf(f).map((spec) => ({ f: relative(root, f), spec, t: target(f, spec) })))
        .filter((v) => !allowed(v.t))
        .map((v) => `${v.f} imports ${v.spec}`);
      expect(violations).toEqual([]);
    });
  }

  it('imports node-cron only in the scheduler ticker', () => {
    const offenders = all
      .filter((f) => importsOf(f).some((s) => s === 'node-cron'))
      .map((f) => relative(root, f))
      .filter((f) => !f.startsWith('src/scheduler/'));
    expect(offenders).toEqual([]);
  });
});
