import { describe, expect, it } from 'vitest';
import type { BaselineEvent } from '../../src/domain';
import { baselineOptions } from '../../src/domain';

const keys = ['2026-W10', '2026-W11', '2026-W13', '2026-W14', '2026-W15'];
const event = (kind: BaselineEvent['kind'], periodKey: string): BaselineEvent => ({
  id: `${kind}-${periodKey}`,
  teamId: 't',
  measureId: 'm',
  kind,
  periodKey,
  createdBy: null,
  why: null,
  createdAt: new Date('2026-04-01T00:00:00Z'),
  undoneAt: null,
  undoneBy: null,
});

describe('baselineOptions', () => {
  it('is empty without events', () => {
    expect(baselineOptions(keys, [], 'da')).toEqual({ options: {}, marks: [] });
  });

  it('freezes at the values up to and including the period (a missing week counts the ones before it)', () => {
    expect(baselineOptions(keys, [event('freeze', '2026-W12')], 'da')).toEqual({
      options: { freeze: 2 },
      marks: [{ kind: 'freeze', index: 1, label: 'uge 12 2026' }],
    });
  });

  it('splits at the first value on or after each part period; a freeze is then ignored, as in qicharts2', () => {
    const result = baselineOptions(
      keys,
      [event('freeze', '2026-W11'), event('part', '2026-W14'), event('part', '2026-W12')],
      'en',
    );
    expect(result.options).toEqual({ part: [2, 3] });
    expect(result.marks.map((m) => [m.index, m.label])).toEqual([
      [2, 'week 12 2026'],
      [3, 'week 14 2026'],
    ]);
  });

  it('leaves out events before the first or after the last value', () => {
    expect(baselineOptions(keys, [event('part', '2026-W10'), event('part', '2026-W20')], 'da').options).toEqual({});
    expect(baselineOptions(keys, [event('freeze', '2026-W01')], 'da').options).toEqual({});
  });
});
