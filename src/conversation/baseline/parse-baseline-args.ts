import { DomainError } from '../../domain';
import { matchPeriodSuffix } from '../quick-text/parse-period';

/** A baseline command's words: who/what it is about, the typed period and the optional reason. */
export interface BaselineArgs {
  /** Words before the period (the measure, or team and measure), without a trailing "fra"/"from". */
  subject: string[];
  /** The typed period's key (a day, week or month, converted to the measure's kind later). */
  periodKey: string;
  /** The period as typed, for error messages. */
  periodText: string;
  why: string | null;
}

const REASON = /\s(?:fordi|because)\s/i;
const FROM_WORDS = new Set(['fra', 'from', 'ved', 'at', 'i', 'in']);

/**
 * Splits `OP24 fra uge 29 2026 fordi ny arbejdsgang` into subject, period and reason. No subject →
 * BASELINE_MEASURE_MISSING; no period → BASELINE_PERIOD_MISSING; an impossible period → INVALID_PERIOD.
 * `example` is the command's usage, shown in the error.
 */
export function parseBaselineArgs(args: string, today: string, example: string): BaselineArgs {
  const cut = REASON.exec(args);
  const main = cut ? args.slice(0, cut.index) : args;
  const why = cut ? args.slice(cut.index + cut[0].length).trim() || null : null;
  const tokens = main.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) throw new DomainError('BASELINE_MEASURE_MISSING', { example });
  const match = matchPeriodSuffix(tokens, today);
  if (!match || match.consumed === tokens.length) {
    throw new DomainError(match ? 'BASELINE_MEASURE_MISSING' : 'BASELINE_PERIOD_MISSING', { example });
  }
  const periodText = tokens.slice(-match.consumed).join(' ');
  if (match.key === null) throw new DomainError('INVALID_PERIOD', { period: periodText });
  const subject = tokens.slice(0, -match.consumed);
  while (subject.length > 1 && FROM_WORDS.has(subject.at(-1)!.toLowerCase())) subject.pop();
  return { subject, periodKey: match.key, periodText, why };
}
