import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, T0 } from './seed';
import { expectRejectedUnchanged } from './store-snapshot';

const later = (s: number) => new Date(T0.getTime() + s * 1000);

describe.each(DIALECTS)('baseline events and proposals on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('stores events with who and why in order, undoes the latest, and audits both', async () => {
    const s = await seed(store);
    const key = { teamId: s.team.id, measureId: s.proportion.id };
    // Two at the same instant keep the order they were stored in.
    await store.baselines.add(
      { ...key, kind: 'freeze', periodKey: '2026-W12', why: 'Stabil start' },
      actor(s.person.id),
    );
    await store.baselines.add({ ...key, kind: 'part', periodKey: '2026-W20', why: null }, actor(s.person.id));
    await store.baselines.add({ ...key, kind: 'part', periodKey: '2026-W30' }, actor(null, later(1)));
    expect((await store.baselines.active(key.teamId, key.measureId)).map((e) => [e.kind, e.periodKey, e.why])).toEqual([
      ['freeze', '2026-W12', 'Stabil start'],
      ['part', '2026-W20', null],
      ['part', '2026-W30', null],
    ]);
    const undone = await store.baselines.undoLatest(key.teamId, key.measureId, actor(s.person.id, later(2)));
    expect(undone).toMatchObject({ periodKey: '2026-W30', undoneAt: later(2), undoneBy: s.person.id });
    expect(await store.baselines.active(key.teamId, key.measureId)).toHaveLength(2);
    expect((await store.baselines.all()).filter((e) => e.teamId === key.teamId)).toHaveLength(3);
    expect(await store.baselines.active(s.otherTeam.id, key.measureId)).toEqual([]);
    expect(await store.baselines.undoLatest(s.otherTeam.id, key.measureId, actor())).toBeNull();
    const audit = (await store.audit.list({ entity: 'baseline_event' })).filter((a) => a.entityId === undone!.id);
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses a CPR number in the reason, a bad period or kind, and changes nothing', async () => {
    const s = await seed(store);
    const key = { teamId: s.team.id, measureId: s.proportion.id };
    await expectRejectedUnchanged(
      store,
      () => store.baselines.add({ ...key, kind: 'freeze', periodKey: '2026-W12', why: 'pt 010203-1234' }, actor()),
      'CPR_NUMBER_REFUSED',
    );
    await expectRejectedUnchanged(
      store,
      () => store.baselines.add({ ...key, kind: 'freeze', periodKey: 'uge 12' }, actor()),
      'VALIDATION_FAILED',
    );
    await expectRejectedUnchanged(
      store,
      () => store.baselines.add({ ...key, kind: 'split' as 'part', periodKey: '2026-W12' }, actor()),
      'VALIDATION_FAILED',
    );
  });

  it('records a proposal once and lets it be decided once', async () => {
    const s = await seed(store);
    const [t, m] = [s.team.id, s.proportion.id];
    expect(await store.baselines.proposal(t, m, '2026-W20')).toBeNull();
    expect(await store.baselines.propose(t, m, '2026-W20', actor(null))).toBe(true);
    expect(await store.baselines.propose(t, m, '2026-W20', actor(s.person.id))).toBe(false);
    expect(await store.baselines.proposal(t, m, '2026-W20')).toMatchObject({ status: 'open', proposedBy: null });
    expect(await store.baselines.decide(t, m, '2026-W20', 'declined', actor(s.person.id, later(5)))).toBe(true);
    expect(await store.baselines.decide(t, m, '2026-W20', 'accepted', actor(s.person.id))).toBe(false);
    expect(await store.baselines.decide(t, m, '2026-W21', 'accepted', actor(s.person.id))).toBe(false);
    expect(await store.baselines.proposal(t, m, '2026-W20')).toEqual({
      teamId: t,
      measureId: m,
      periodKey: '2026-W20',
      status: 'declined',
      proposedBy: null,
      proposedAt: T0,
      decidedBy: s.person.id,
      decidedAt: later(5),
    });
  });
});
