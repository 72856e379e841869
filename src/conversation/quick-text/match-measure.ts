import type { Measure } from '../../domain';
import { editDistance } from './edit-distance';

/** How a typed measure name resolved: one measure, several (ask), a typo (suggest), or nothing near. */
export type MeasureMatch =
  | { kind: 'one'; measure: Measure }
  | { kind: 'ambiguous'; measures: Measure[] }
  | { kind: 'suggest'; measures: Measure[] }
  | { kind: 'none' };

/** Most suggestions offered for a typo. */
const MAX_SUGGESTIONS = 3;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Finds the measure a user meant: exact code or name, else an unambiguous prefix of a code or name, else the
 * closest codes/names by Damerau-Levenshtein distance (within about a third of the typed length).
 */
export function matchMeasure(query: string, measures: Measure[]): MeasureMatch {
  const q = norm(query);
  if (!q) return { kind: 'none' };
  const exact = measures.filter((m) => norm(m.code) === q || norm(m.name) === q);
  if (exact.length === 1) return { kind: 'one', measure: exact[0]! };
  if (exact.length > 1) return { kind: 'ambiguous', measures: exact };
  const prefixed = measures.filter((m) => norm(m.code).startsWith(q) || norm(m.name).startsWith(q));
  if (prefixed.length === 1) return { kind: 'one', measure: prefixed[0]! };
  if (prefixed.length > 1) return { kind: 'ambiguous', measures: prefixed };

  const limit = q.length <= 4 ? 1 : q.length <= 8 ? 2 : 3;
  const scored = measures
    .map((m) => ({ m, d: distanceTo(q, m) }))
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || a.m.code.localeCompare(b.m.code));
  if (scored.length === 0) return { kind: 'none' };
  const best = scored[0]!.d;
  return {
    kind: 'suggest',
    measures: scored
      .filter((s) => s.d === best)
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => s.m),
  };
}

/** Distance to the code, the whole name, or the name's beginning of about the typed length. */
function distanceTo(q: string, m: Measure): number {
  const code = norm(m.code);
  const name = norm(m.name);
  let best = Math.min(editDistance(q, code), editDistance(q, name));
  for (let len = Math.max(1, q.length - 1); len <= q.length + 1 && len < name.length; len++) {
    best = Math.min(best, editDistance(q, name.slice(0, len)));
  }
  return best;
}
