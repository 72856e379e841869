import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressTrend, type Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, T0 } from './seed';
import { expectRejectedUnchanged } from './store-snapshot';

describe.each(DIALECTS)('progress scores on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('keeps one score per team and month, exactly, oldest first, and audits a replacement', async () => {
    const s = await seed(store);
    await store.progress.put(
      { teamId: s.team.id, month: '2026-02', score: 2.5, reason: 'Første test afprøvet' },
      actor(s.person.id),
    );
    await store.progress.put(
      { teamId: s.team.id, month: '2026-01', score: 1.5, reason: 'Planlægning' },
      actor(s.person.id),
    );
    const later = new Date(T0.getTime() + 1000);
    const replaced = await store.progress.put(
      { teamId: s.team.id, month: '2026-02', score: 3, reason: 'Beskeden forbedring' },
      actor(s.person.id, later),
    );
    expect(replaced).toEqual({
      teamId: s.team.id,
      month: '2026-02',
      score: 3,
      reason: 'Beskeden forbedring',
      personId: s.person.id,
      recordedAt: later,
    });
    const scores = await store.progress.listForTeam(s.team.id);
    expect(scores.map((x) => [x.month, x.score])).toEqual([
      ['2026-01', 1.5],
      ['2026-02', 3],
    ]);
    expect(progressTrend(scores)).toMatchObject({ trend: 'up', latest: { score: 3 }, previous: { score: 1.5 } });
    const audit = await store.audit.list({ entity: 'progress_score' });
    expect(audit.map((a) => a.action)).toContain('update');
  });

  it('refuses a score off the IHI scale, a bad month, an empty reason and an unknown team', async () => {
    const s = await seed(store);
    const ok = { teamId: s.team.id, month: '2026-03', score: 2, reason: 'x' };
    await expectRejectedUnchanged(
      store,
      () => store.progress.put({ ...ok, score: 2.2 }, actor()),
      'VALIDATION_FAILED',
      { field: 'score' },
    );
    await expectRejectedUnchanged(
      store,
      () => store.progress.put({ ...ok, month: '2026-13' }, actor()),
      'VALIDATION_FAILED',
      { field: 'month' },
    );
    await expectRejectedUnchanged(
      store,
      () => store.progress.put({ ...ok, reason: ' ' }, actor()),
      'VALIDATION_FAILED',
      { field: 'reason' },
    );
    await expectRejectedUnchanged(
      store,
      () => store.progress.put({ ...ok, teamId: 'missing' }, actor()),
      'UNKNOWN_TEAM',
    );
  });
});
