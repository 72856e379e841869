import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Dependencies point inward (STYLE.md, docs/architecture.md): this test reads the sources and fails on a forbidden
// import. Every top-level area of src/ has a rule; a new area fails the last test until it gets one.
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
  // Static imports and re-exports, side-effect imports (`import './x'`) and dynamic `import('./x')`.
  const patterns = [
    /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g,
    /(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
}

/** The area of a path relative to src/: a folder ('domain'), a channel ('channels/teams') or a root file ('app.ts'). */
function areaOf(rel: string[]): string {
  if (rel[0] === 'channels') return `channels/${rel[1]}`;
  const isFolder = rel.length > 1 || (existsSync(join(src, rel[0]!)) && statSync(join(src, rel[0]!)).isDirectory());
  return isFolder ? rel[0]! : `${rel[0]!.replace(/\.ts$/, '')}.ts`;
}

/** The src/ area an import resolves to, or `pkg:<name>` for a package (`pkg:node:fs` for a built-in). */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.'))
    return `pkg:${spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]}`;
  return areaOf(relative(src, resolve(file, '..', spec)).split('/'));
}

const area = (file: string) => areaOf(relative(src, file).split('/'));

// Packages that tie code to one platform, database or timer; each may appear only in its own area.
const TEAMS_SDKS = [
  'pkg:@microsoft/teams-ai',
  'pkg:botbuilder',
  'pkg:botframework-connector',
  'pkg:@microsoft/app-manifest',
];
const SLACK_SDKS = ['pkg:@slack/bolt', 'pkg:@slack/web-api'];
const DB_DRIVERS = ['pkg:kysely', 'pkg:better-sqlite3', 'pkg:pg'];
const CRON = ['pkg:node-cron'];
const SDKS = [...TEAMS_SDKS, ...SLACK_SDKS, ...DB_DRIVERS, ...CRON];

/** A rule: the src/ areas an area may import (besides itself) and the SDK packages it may use (any other package is fine). */
const allow =
  (areas: string[], sdks: string[] = []) =>
  (t: string) =>
    t.startsWith('pkg:') ? !SDKS.includes(t) || sdks.includes(t) : areas.includes(t);

const CORE = ['domain', 'analysis', 'cards', 'i18n'];

const rules: Record<string, (t: string) => boolean> = {
  domain: allow(['domain']),
  analysis: allow(['analysis']),
  charts: allow(['charts', 'analysis']),
  i18n: allow(['i18n', 'domain']),
  cards: allow(['cards', 'domain', 'i18n']),
  // What flows and the scheduler share (series analysis, chart links and images, summaries, overviews).
  reporting: allow(['reporting', ...CORE, 'charts']),
  conversation: allow(['conversation', 'reporting', ...CORE, 'charts']),
  scheduler: allow(['scheduler', 'reporting', ...CORE, 'config.ts'], CRON),
  store: allow(['store', 'domain'], DB_DRIVERS),
  // Seminar calendar files (.ics) behind signed links; app.ts builds the service, flows see its port in domain/.
  calendar: allow(['calendar', ...CORE, 'charts', 'server']),
  server: allow(['server']),
  cli: allow(['cli', 'store', ...CORE, 'config.ts'], DB_DRIVERS),
  demo: allow(['demo', 'domain']),
  'channels/teams': allow(['channels/teams', 'conversation', ...CORE, 'server', 'config.ts'], TEAMS_SDKS),
  'channels/slack': allow(['channels/slack', 'conversation', ...CORE, 'server', 'config.ts'], SLACK_SDKS),
  'channels/local': allow(['channels/local', 'conversation', ...CORE, 'server', 'demo']),
  'config.ts': allow([]),
  // The redacting logger every log line passes through (no CPR number in any log).
  privacy: allow(['privacy', 'domain']),
  'create-logger.ts': allow(['privacy']),
  // The composition root builds every concrete class; it alone may import every area (but no SDK directly).
  'app.ts': (t) => !SDKS.includes(t),
  'main.ts': allow(['app.ts', 'config.ts', 'create-logger.ts']),
};

describe('architecture boundaries', () => {
  const all = files(src);
  const importsBetween = (from: string, to: string) =>
    all
      .filter((f) => area(f) === from)
      .flatMap((f) =>
        importsOf(f)
          .filter((spec) => target(f, spec) === to)
          .map((spec) => `${relative(root, f)} imports ${spec}`),
      );

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

  it('has a rule for every top-level area of src/ (a new area needs one here)', () => {
    const areas = [...new Set(all.map(area))].sort();
    expect(areas.filter((a) => !(a in rules))).toEqual([]);
    expect(areas).toContain('reporting');
  });

  it('keeps the scheduler and the conversation apart: neither imports the other', () => {
    expect([...importsBetween('scheduler', 'conversation'), ...importsBetween('conversation', 'scheduler')]).toEqual(
      [],
    );
  });

  it('keeps HTTP routes out of the conversation, and flows and the scheduler out of reporting', () => {
    expect(importsBetween('conversation', 'server')).toEqual([]);
    const fromReporting = ['conversation', 'scheduler', 'store', 'channels/teams', 'channels/slack', 'channels/local'];
    expect(fromReporting.flatMap((to) => importsBetween('reporting', to))).toEqual([]);
  });

  it('imports node-cron only in the scheduler ticker', () => {
    const offenders = all
      .filter((f) => importsOf(f).some((s) => s === 'node-cron'))
      .map((f) => relative(root, f))
      .filter((f) => !f.startsWith('src/scheduler/'));
    expect(offenders).toEqual([]);
  });
});
