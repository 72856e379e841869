import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import { cli, workDir } from './cli-harness';

const example = readFileSync(join(__dirname, '../../examples/lkt-hoftenaere-frakturer.yaml'), 'utf8');

describe('forbedringsbot setup: seminar details', () => {
  let store: Store;
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  let dir: string;
  const run = (...argv: string[]) => cli(argv, { store, clock, cwd: dir });
  const seminar = async (title: string) => {
    const c = (await store.collaboratives.findByName('LKT Hoftenære frakturer'))!;
    return (await store.seminars.listByCollaborative(c.id)).find((s) => s.title === title)!;
  };

  beforeEach(async () => {
    store = await freshStore('sqlite', { clock });
    dir = workDir({ 'lkt.yaml': example });
  });
  afterEach(() => store.close());

  it('reads the end and the material link, and takes a seminar without an end as three hours long', async () => {
    expect((await run('setup', 'lkt.yaml')).code).toBe(0);
    const first = await seminar('1. læringsseminar');
    expect(first.endsAt.toISOString()).toBe('2026-04-16T13:30:00.000Z'); // 15:30 Copenhagen summer time
    expect(first.materialUrl).toBe('https://example.dk/lkt-hofte/seminar-1/slides.pdf');
    const second = await seminar('2. læringsseminar');
    expect(second.endsAt.getTime() - second.startsAt.getTime()).toBe(3 * 3_600_000);
  });

  it('moves the end along when the file changes only the start, and raises the calendar sequence', async () => {
    await run('setup', 'lkt.yaml');
    writeFileSync(join(dir, 'moved.yaml'), example.replace('startsAt: 2026-11-12 09:30', 'startsAt: 2026-11-19 09:30'));
    const r = await run('setup', 'moved.yaml');
    expect(r.stdout).toContain('~ updated   seminar       2. læringsseminar (startsAt)');
    const moved = await seminar('2. læringsseminar');
    expect([moved.endsAt.toISOString(), moved.sequence]).toEqual(['2026-11-19T11:30:00.000Z', 1]);
  });

  it('refuses seminars on a weekend, a public holiday or in the evening, with their lines, and changes nothing', async () => {
    const broken = example
      .replace('startsAt: 2026-11-12 09:30', 'startsAt: 2026-11-14 09:30')
      .replace('startsAt: 2027-09-23 09:30', 'startsAt: 2027-05-06 09:30')
      .replace('startsAt: 2026-09-03 13:00', 'startsAt: 2026-09-03 17:00');
    writeFileSync(join(dir, 'broken.yaml'), broken);
    const lineOf = (text: string) => broken.split('\n').findIndex((l) => l.includes(text)) + 1;
    const r = await run('setup', 'broken.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `broken.yaml:${lineOf('2026-11-14 09:30')}: seminars[1].startsAt: 2026-11-14 is a weekend day; seminars are held on working days`,
    );
    expect(r.stderr).toContain(
      `broken.yaml:${lineOf('2027-05-06 09:30')}: seminars[3].startsAt: 2027-05-06 is a public holiday (Ascension Day)`,
    );
    expect(r.stderr).toContain(
      `broken.yaml:${lineOf('2026-09-03 17:00')}: seminars[2].startsAt: a seminar must lie between 07:30 and 18:00`,
    );
    expect(await store.collaboratives.list()).toEqual([]);
  });
});
