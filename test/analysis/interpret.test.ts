import { describe, expect, it } from 'vitest';
import { analyze, interpret, summarize } from '../../src/analysis';

// 12 weeks around 30, then 10 weeks around 20: a sustained drop (median 28.5; the last 10 weeks below it).
const drop = [30, 31, 29, 30, 32, 28, 30, 31, 29, 30, 33, 29, 20, 21, 19, 20, 22, 18, 20, 21, 19, 20];
const labels = drop.map((_, i) => `uge ${((46 + i - 1) % 53) + 1}${46 + i > 53 ? ' 2026' : ' 2025'}`);

describe('interpret: direction-aware signals', () => {
  it('reads a sustained drop as an improvement when lower is better, and as a worsening when higher is', () => {
    const result = analyze({ chart: 'run', y: drop });
    const lower = interpret(result, { better: 'lower' });
    expect(lower.readings).toMatchObject([
      { kind: 'shift', tone: 'improvement', side: 'below', index: 12, length: 10 },
    ]);
    expect(lower).toMatchObject({ tone: 'improvement', variation: 'improving', assurance: null });
    const higher = interpret(result, { better: 'higher' });
    expect(higher).toMatchObject({ tone: 'worsening', variation: 'worsening' });
  });

  it('calls too few crossings a signal without direction', () => {
    // 6 above, 6 below, 6 above, 6 below: 3 crossings (at least 8 expected for 24 points), longest run 6 ≤ 8.
    const y = Array.from({ length: 24 }, (_, i) => (Math.floor(i / 6) % 2 ? 1 : 10) + (i % 3));
    const r = interpret(analyze({ chart: 'run', y }), { better: 'higher' });
    expect(r.readings.map((x) => [x.kind, x.tone])).toEqual([['fewCrossings', 'neutral']]);
    expect(r.variation).toBe('neither');
  });

  it('classifies points outside the limits by side, and common cause as common', () => {
    const y = [10, 12, 11, 13, 12, 30];
    const r = interpret(analyze({ chart: 'i', y }), { better: 'lower' });
    // 10 is below the lower limit (good when lower is better), 30 above the upper (bad); the latest wins.
    expect(r.readings.map((x) => [x.kind, x.side, x.tone])).toEqual([
      ['outside', 'below', 'improvement'],
      ['outside', 'above', 'worsening'],
    ]);
    expect(r.variation).toBe('worsening');
    expect(interpret(analyze({ chart: 'i', y: [10, 12, 11, 13, 12, 11] }), { better: 'lower' }).variation).toBe(
      'common',
    );
  });

  it('derives the MDC assurance from the limits against the goal, for both directions', () => {
    // I chart of 10 12 11 13 12 11: centre 11.5, average MR 1.4, limits 11.5 ± 3.72 = 7.78 and 15.22.
    const result = analyze({ chart: 'i', y: [10, 12, 11, 13, 12, 11] });
    expect(interpret(result, { better: 'higher', goal: 7 }).assurance).toBe('met');
    expect(interpret(result, { better: 'higher', goal: 16 }).assurance).toBe('notMet');
    expect(interpret(result, { better: 'higher', goal: 12 }).assurance).toBe('hitAndMiss');
    expect(interpret(result, { better: 'lower', goal: 16 }).assurance).toBe('met');
    expect(interpret(result, { better: 'lower', goal: 7 }).assurance).toBe('notMet');
    expect(interpret(analyze({ chart: 'run', y: [1, 2, 3] }), { better: 'lower', goal: 2 }).assurance).toBeNull();
  });
});

describe("summarize with the measure's direction", () => {
  const result = analyze({ chart: 'run', y: drop });

  it('tells a drop in waiting time as a real improvement and proposes a new baseline (Danish)', () => {
    const text = summarize(result, {
      locale: 'da',
      periodLabels: labels,
      better: 'lower',
      measureName: 'Ventetiden',
      periodKind: 'week',
    });
    expect(text).toBe(
      'Ventetiden er faldet: 10 uger i træk under medianen siden uge 5 2026 — det ligner en reel forbedring. Overvej en ny baseline fra uge 5 2026.',
    );
  });

  it('tells the same drop as a deterioration when higher is better, with a cause to look for (English)', () => {
    const text = summarize(result, {
      locale: 'en',
      periodLabels: labels,
      better: 'higher',
      measureName: 'Share operated in time',
      periodKind: 'week',
    });
    expect(text).toBe(
      'Share operated in time has fallen: 10 weeks in a row below the median since uge 5 2026 — this looks like a real deterioration. Find the cause: what changed around uge 5 2026?',
    );
  });

  it('names special causes by side and tone', () => {
    const text = summarize(analyze({ chart: 'i', y: [10, 12, 11, 13, 12, 30] }), {
      locale: 'da',
      periodLabels: ['a', 'b', 'c', 'd', 'e', 'f'],
      better: 'lower',
    });
    expect(text).toContain('1 punkt under den nedre kontrolgrænse (a) — en særlig årsag i den gode retning.');
    expect(text).toContain('1 punkt over den øvre kontrolgrænse (f) — en særlig årsag i den forkerte retning.');
    expect(text).toContain('Undersøg, hvad der skete i f.');
  });
});
