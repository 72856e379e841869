import { parseMeasurementText } from './parse-measurement-text';
import { matchPeriodSuffix } from './parse-period';
import { normaliseValueSpacing, parseValue } from './parse-value';

/** The parts of `ret <measure> <period> <value>` or `slet <measure> <period>`, before the measure is looked up. */
export interface CorrectionText {
  measureQuery: string;
  /** Typed period key (day, week or month). */
  period: string;
  periodText: string;
  /** The value token as typed (`ret`), or null (`slet`). */
  valueText: string | null;
}

/** Why a correction could not be read; `badPeriod` and `badValue` carry the unreadable text. */
export type CorrectionTextResult =
  | { ok: true; value: CorrectionText }
  | { ok: false; problem: 'usage' }
  | { ok: false; problem: 'badPeriod' | 'badValue'; text: string };

/**
 * Parses `<measure> <period> <value>` (the value last, as the command reads) and, like `måling`, also
 * `<measure> <value> <period>`. The period is required: a correction names the period it corrects.
 */
export function parseCorrectionText(args: string, today: string): CorrectionTextResult {
  const tokens = splitTokens(args);
  const last = tokens.at(-1);
  if (tokens.length >= 3 && last) {
    const found = measureAndPeriod(tokens.slice(0, -1), today);
    // `ret VENT uge 47 abc`: measure and period are fine, the value is not.
    if (found.ok && !parseValue(last)) return { ok: false, problem: 'badValue', text: last };
    if (found.ok) return { ok: true, value: { ...found.value, valueText: last } };
    if (found.problem === 'badPeriod' && parseValue(last)) return found;
  }
  const typed = parseMeasurementText(args, today);
  if (!typed.ok)
    return typed.problem === 'badPeriod' ? { ok: false, problem: 'badPeriod', text: typed.text ?? '' } : usage;
  const { measureQuery, valueText, period, periodText } = typed.value;
  if (period === null || periodText === null) return usage;
  return { ok: true, value: { measureQuery, period, periodText, valueText } };
}

/** Parses `<measure> <period>` (a deletion). */
export function parseDeletionText(args: string, today: string): CorrectionTextResult {
  const found = measureAndPeriod(splitTokens(args), today);
  return found.ok ? { ok: true, value: { ...found.value, valueText: null } } : found;
}

function measureAndPeriod(
  tokens: string[],
  today: string,
): { ok: true; value: Omit<CorrectionText, 'valueText'> } | Exclude<CorrectionTextResult, { ok: true }> {
  const suffix = matchPeriodSuffix(tokens, today);
  if (!suffix || suffix.consumed >= tokens.length) return usage;
  const periodText = tokens.slice(-suffix.consumed).join(' ');
  if (suffix.key === null) return { ok: false, problem: 'badPeriod', text: periodText };
  const measureQuery = tokens.slice(0, -suffix.consumed).join(' ');
  return { ok: true, value: { measureQuery, period: suffix.key, periodText } };
}

const usage = { ok: false, problem: 'usage' } as const;

function splitTokens(args: string): string[] {
  return normaliseValueSpacing(args).trim().split(/\s+/).filter(Boolean);
}
