import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import { cli, SMALL_SETUP, workDir } from './cli-harness';

describe("forbedringsbot setup: a measure's control chart", () => {
  let store: Store;
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  beforeEach(async () => {
    store = await freshStore('sqlite', { clock });
  });
  afterEach(() => store.close());

  const withCharts = (op24: string, fald: string) =>
    SMALL_SETUP.replace('goal: 85, period: week }', `goal: 85, period: week, chart: ${op24} }`).replace(
      'direction: lower, period: week }\n  - { code: VENT',
      `direction: lower, period: week, chart: ${fald} }\n  - { code: VENT`,
    );

  it('stores P′ and g charts, defaults the rest to auto, and updates a changed chart', async () => {
    const dir = workDir({ 'a.yaml': withCharts('pp', 'g'), 'b.yaml': withCharts('p', 'g') });
    expect((await cli(['setup', 'a.yaml'], { store, clock, cwd: dir })).code).toBe(0);
    const c = (await store.collaboratives.findByName('LKT Test'))!;
    const byCode = async () => new Map((await store.measures.listByCollaborative(c.id)).map((m) => [m.code, m.chart]));
    expect(Object.fromEntries(await byCode())).toEqual({ OP24: 'pp', FALD: 'g', VENT: 'auto', MORT30: 'auto' });
    const r = await cli(['setup', 'b.yaml'], { store, clock, cwd: dir });
    expect(r.stdout).toMatch(/~ .*OP24.*chart/);
    expect((await byCode()).get('OP24')).toBe('p');
  });

  it('refuses a chart that does not fit the unit kind, with the line and the charts that fit', async () => {
    const dir = workDir({ 'bad.yaml': withCharts('g', 'c') });
    const r = await cli(['setup', 'bad.yaml'], { store, clock, cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(
      /measures\[0\]\.chart: chart g does not fit unitKind proportion \(use auto, p, pp\)/,
    );
    expect(await store.collaboratives.findByName('LKT Test')).toBeNull();
  });
});
