import { describe, expect, it } from 'vitest';
import { cloneData } from '../../src/store/clone-data';

describe('cloneData (the reference cache’s copies)', () => {
  const measure = {
    id: 'm1',
    code: 'OP24',
    goal: { direction: 'up', value: 0.9 },
    teamId: null,
    note: undefined,
    tags: ['a', ['b', { c: 1 }]],
    createdAt: new Date('2026-03-02T09:00:00Z'),
  };

  it('gives what structuredClone gives for plain data', () => {
    const copy = cloneData(measure);
    expect(copy).toStrictEqual(structuredClone(measure));
    expect(Object.keys(copy)).toEqual(Object.keys(measure));
  });

  it('shares nothing with the original: changing the copy leaves the original as it was', () => {
    const copy = cloneData(measure);
    copy.goal.value = 0.5;
    (copy.tags[1] as unknown[]).push('x');
    copy.createdAt.setUTCFullYear(2000);
    expect(measure.goal.value).toBe(0.9);
    expect(measure.tags[1]).toEqual(['b', { c: 1 }]);
    expect(measure.createdAt.toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it('copies other objects (a Map) as structuredClone does', () => {
    const value = { byId: new Map([['a', { n: 1 }]]) };
    const copy = cloneData(value);
    expect(copy.byId).not.toBe(value.byId);
    expect(copy.byId.get('a')).toEqual({ n: 1 });
    expect(copy.byId.get('a')).not.toBe(value.byId.get('a'));
  });
});
