import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { seed, T0, uniq } from './seed';
import { expectRejectedUnchanged } from './store-snapshot';

const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(DIALECTS)('conversation repositories on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  describe('conversationRefs', () => {
    it('upserts by platform, tenant and conversation, keeping the id and clearing deadAt', async () => {
      const conv = uniq('a:');
      const ref = {
        platform: 'teams' as const,
        tenantId: 'tenant-1',
        conversationId: conv,
        kind: 'personal' as const,
        personId: 'p1',
        teamId: null,
        reference: { serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: conv } },
      };
      const first = await store.conversationRefs.upsert(ref, at(0));
      expect(first).toMatchObject({ ...ref, deadAt: null, updatedAt: at(0) });
      expect(await store.conversationRefs.get(first.id)).toEqual(first);
      await store.conversationRefs.markDead(first.id, at(1000));
      expect((await store.conversationRefs.get(first.id))!.deadAt).toEqual(at(1000));
      const again = await store.conversationRefs.upsert({ ...ref, reference: { v: 2 } }, at(2000));
      expect(again).toMatchObject({ id: first.id, deadAt: null, reference: { v: 2 }, updatedAt: at(2000) });
      expect(await store.conversationRefs.find('teams', 'tenant-1', conv)).toEqual(again);
      expect(await store.conversationRefs.find('slack', 'tenant-1', conv)).toBeNull();
      expect(await store.conversationRefs.get('missing')).toBeNull();
    });

    it('lists live personal conversations of a person, newest first, and live channels of a team', async () => {
      const s = await seed(store);
      const person = uniq('p-');
      const base = { platform: 'slack' as const, tenantId: 'T1', teamId: null, reference: { channel: 'x' } };
      const old = await store.conversationRefs.upsert(
        { ...base, conversationId: uniq('D'), kind: 'personal', personId: person },
        at(0),
      );
      const recent = await store.conversationRefs.upsert(
        { ...base, conversationId: uniq('D'), kind: 'personal', personId: person },
        at(5000),
      );
      const dead = await store.conversationRefs.upsert(
        { ...base, conversationId: uniq('D'), kind: 'personal', personId: person },
        at(9000),
      );
      await store.conversationRefs.markDead(dead.id, at(9500));
      expect((await store.conversationRefs.forPerson(person)).map((r) => r.id)).toEqual([recent.id, old.id]);
      const channel = await store.conversationRefs.upsert(
        { ...base, conversationId: uniq('C'), kind: 'channel', personId: null },
        at(0),
      );
      expect(await store.conversationRefs.forTeam(s.team.id)).toEqual([]);
      await store.conversationRefs.linkTeam(channel.id, s.team.id, at(100));
      expect((await store.conversationRefs.forTeam(s.team.id)).map((r) => r.id)).toEqual([channel.id]);
      await store.conversationRefs.linkTeam(channel.id, null, at(200));
      expect(await store.conversationRefs.forTeam(s.team.id)).toEqual([]);
    });

    it('rejects a reference without a conversation id, unchanged', async () => {
      await expectRejectedUnchanged(
        store,
        () =>
          store.conversationRefs.upsert(
            {
              platform: 'slack',
              tenantId: 'T1',
              conversationId: '',
              kind: 'channel',
              personId: null,
              teamId: null,
              reference: {},
            },
            at(0),
          ),
        'VALIDATION_FAILED',
        { field: 'conversationId' },
      );
    });
  });

  describe('conversationState', () => {
    it('stores JSON state until it expires, replaces it, and deletes it', async () => {
      const key = uniq('form:');
      await store.conversationState.put(key, { step: 2, values: { periodKey: '2026-W09', value: 3.5 } }, at(60_000));
      expect(await store.conversationState.get(key, at(0))).toEqual({
        step: 2,
        values: { periodKey: '2026-W09', value: 3.5 },
      });
      await store.conversationState.put(key, { step: 3 }, at(120_000));
      expect(await store.conversationState.get<{ step: number }>(key, at(60_000))).toEqual({ step: 3 });
      expect(await store.conversationState.get(key, at(120_000))).toBeNull();
      expect(await store.conversationState.get(key, at(0))).toBeNull(); // an expired entry is gone for good
      await store.conversationState.put(key, 'undo-token', at(10_000));
      await store.conversationState.delete(key);
      expect(await store.conversationState.get(key, at(0))).toBeNull();
      expect(await store.conversationState.get('never-set', at(0))).toBeNull();
    });
  });

  describe('conversationState.latest', () => {
    it('finds the unexpired entry under an exact prefix that expires last', async () => {
      const p = `undo:${crypto.randomUUID()}:`;
      const other = `undo:${crypto.randomUUID()}:`;
      await store.conversationState.put(`${p}a`, { n: 1 }, at(60_000));
      await store.conversationState.put(`${p}b`, { n: 2 }, at(120_000));
      await store.conversationState.put(`${other}c`, { n: 3 }, at(180_000));
      await store.conversationState.put(`${p.toUpperCase()}d`, { n: 4 }, at(240_000));
      await store.conversationState.put(`${p.slice(0, -1)}_e`, { n: 5 }, at(300_000));
      expect(await store.conversationState.latest(p, at(0))).toEqual({ key: `${p}b`, value: { n: 2 } });
      expect(await store.conversationState.latest(p, at(120_000))).toBeNull();
      expect(await store.conversationState.latest('undo:nobody:', at(0))).toBeNull();
    });
  });

  describe('idempotency', () => {
    it('claims a key once until it expires, then once again', async () => {
      const key = uniq('evt:');
      expect(await store.idempotency.claim(key, at(0), 60_000)).toBe(true);
      expect(await store.idempotency.claim(key, at(1), 60_000)).toBe(false);
      expect(await store.idempotency.claim(key, at(59_999), 60_000)).toBe(false);
      expect(await store.idempotency.claim(key, at(60_000), 60_000)).toBe(true);
      expect(await store.idempotency.claim(key, at(60_001), 60_000)).toBe(false);
      expect(await store.idempotency.claim(uniq('evt:'), at(1), 60_000)).toBe(true);
    });

    it('lets exactly one of many concurrent claims of the same key win', async () => {
      const key = uniq('race:');
      const results = await Promise.all(Array.from({ length: 20 }, () => store.idempotency.claim(key, at(0), 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
});
