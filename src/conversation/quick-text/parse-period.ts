import { DateTime } from 'luxon';
import { DomainError, periodKeyOfDate, periodKindOfKey, type PeriodKind } from '../../domain';
import { readPeriodShape } from './period-shapes';

/**
 * A period as typed, before the measure (and so its period kind) is known: a day `2026-11-23`, an ISO week
 * `2026-W47` or a month `2026-11` (the domain's period keys). `null` key = looked like a period but is
 * not a real one (`31-02-2026`, week 54); `error` then says which part was not understood.
 */
export interface TypedPeriod {
  key: string | null;
  /** How many tokens at the end of the input it used. */
  consumed: number;
  /** With a null key: the refusal naming the part that was not understood (week, year, month or date). */
  error?: DomainError;
}

/** Longest phrase tried at the end of a text (`23. november 2026`, `uge 47, 2026`, `2026 uge 47`). */
const MAX_TOKENS = 3;

/**
 * Every period at the end of a token list, longest first: a caller that needs a value before the period
 * (`måling OP24 18/22 47/2026`) takes the longest one that leaves it.
 */
export function periodSuffixes(tokens: string[], today: string): TypedPeriod[] {
  const out: TypedPeriod[] = [];
  for (let n = Math.min(MAX_TOKENS, tokens.length); n >= 1; n--) {
    const reading = periodOfPhrase(tokens.slice(-n).join(' ').toLowerCase(), today);
    if (reading === undefined) continue;
    out.push('key' in reading ? { key: reading.key, consumed: n } : { key: null, consumed: n, error: reading.error });
  }
  return out;
}

/** Finds a period at the end of a token list (longest match first); null when the tokens end otherwise. */
export function matchPeriodSuffix(tokens: string[], today: string): TypedPeriod | null {
  return periodSuffixes(tokens, today)[0] ?? null;
}

/** Parses a whole period text (a form field); undefined when it is empty, DomainError when unreadable. */
export function parsePeriodText(text: string, today: string): string | undefined {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  const reading = periodOfPhrase(tokens.join(' ').toLowerCase(), today);
  if (reading === undefined) throw new DomainError('INVALID_PERIOD', { period: text.trim() });
  if ('error' in reading) throw reading.error;
  return reading.key;
}

const NEEDS = { day: 'PERIOD_NEEDS_DAY', week: 'PERIOD_NEEDS_WEEK', month: 'PERIOD_NEEDS_MONTH' } as const;

/** Converts a typed period to the measure's period kind: a day fits any kind; a week or month only its own. */
export function toMeasurePeriod(typedKey: string, kind: PeriodKind, typedText: string): string {
  const typedKind = periodKindOfKey(typedKey);
  if (typedKind === kind) return typedKey;
  if (typedKind === 'day') return periodKeyOfDate(kind, typedKey);
  if (typedKind === null) throw new DomainError('INVALID_PERIOD', { period: typedText });
  throw new DomainError(NEEDS[kind], { period: typedText });
}

const RELATIVE: ReadonlyArray<[phrases: readonly string[], key: (today: DateTime) => string]> = [
  [['i dag', 'idag', 'today'], (d) => d.toISODate()!],
  [['i går', 'igår', 'i gaar', 'igaar', 'yesterday'], (d) => d.minus({ days: 1 }).toISODate()!],
  [['denne uge', 'this week'], (d) => periodKeyOfDate('week', d.toISODate()!)],
  [['sidste uge', 'forrige uge', 'last week'], (d) => periodKeyOfDate('week', d.minus({ weeks: 1 }).toISODate()!)],
  [['denne måned', 'this month'], (d) => periodKeyOfDate('month', d.toISODate()!)],
  [
    ['sidste måned', 'forrige måned', 'last month'],
    (d) => periodKeyOfDate('month', d.minus({ months: 1 }).toISODate()!),
  ],
];

/** What a lower-case phrase names: a key, a refusal, or undefined when the phrase is no period at all. */
function periodOfPhrase(phrase: string, today: string): { key: string } | { error: DomainError } | undefined {
  const relative = RELATIVE.find(([phrases]) => phrases.includes(phrase));
  if (relative) return { key: relative[1](DateTime.fromISO(today, { zone: 'utc' })) };
  return readPeriodShape(phrase, today);
}
