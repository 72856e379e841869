import type { DomainError } from '../../domain';
import { periodSuffixes } from './parse-period';
import { normaliseValueSpacing, parseValue } from './parse-value';

/** The parts of `måling <measure> <value> [period] [notat: text]`, before the measure is looked up. */
export interface MeasurementText {
  measureQuery: string;
  /** The value token as typed (`42`, `3,5`, `18/22`, `82%`). */
  valueText: string;
  /** Typed period key (day, week or month), or null for the measure's current period. */
  period: string | null;
  periodText: string | null;
  note: string | null;
}

/** Why a quick text could not be read. */
export type MeasurementTextProblem = 'empty' | 'noValue' | 'noMeasure' | 'badPeriod';

/** Result of parsing. `badPeriod` carries the unreadable period text and, when known, the refusal naming its part. */
export type MeasurementTextResult =
  | { ok: true; value: MeasurementText }
  | { ok: false; problem: MeasurementTextProblem; text?: string; error?: DomainError };

const NOTE = /\s(?:notat|note|kommentar|comment)\s*:\s*/i;

/**
 * Parses the arguments of a quick measurement: the period is read from the end (`uge 47`, `u47`,
 * `2026-W47`, `23-11-2026`, `nov 2026`, `i går`, …; see period-shapes.ts), the value is the token before it, and the measure is everything
 * before the value (so names may contain spaces and digits). `today` is the user's local date.
 */
export function parseMeasurementText(args: string, today: string): MeasurementTextResult {
  const noteAt = ` ${args}`.search(NOTE);
  const main = noteAt >= 0 ? ` ${args}`.slice(0, noteAt) : args;
  const note = noteAt >= 0 ? ` ${args}`.slice(noteAt).replace(NOTE, '').trim() || null : null;
  const tokens = normaliseValueSpacing(main).trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { ok: false, problem: 'empty' };

  let period: string | null = null;
  let periodText: string | null = null;
  let rest = tokens;
  // The period is the longest one that leaves a value before it: a lone number or fraction at the end is the
  // value, never a period (`måling ventetid 42`, `måling OP24 47/2026`), while `måling OP24 18/22 47/2026` is
  // 18/22 in week 47.
  const suffix = periodSuffixes(tokens, today).find(
    (s) => s.consumed < tokens.length && parseValue(tokens[tokens.length - s.consumed - 1]!),
  );
  if (suffix) {
    periodText = tokens.slice(-suffix.consumed).join(' ');
    if (suffix.key === null) return { ok: false, problem: 'badPeriod', text: periodText, error: suffix.error };
    period = suffix.key;
    rest = tokens.slice(0, -suffix.consumed);
  }

  const last = rest[rest.length - 1]!;
  if (!parseValue(last)) {
    const valueAt = findLastIndex(rest, (w) => parseValue(w) !== null);
    if (valueAt <= 0) return { ok: false, problem: valueAt === 0 ? 'noMeasure' : 'noValue' };
    return { ok: false, problem: 'badPeriod', text: rest.slice(valueAt + 1).join(' ') };
  }
  if (rest.length < 2) return { ok: false, problem: 'noMeasure' };
  return {
    ok: true,
    value: { measureQuery: rest.slice(0, -1).join(' '), valueText: last, period, periodText, note },
  };
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
