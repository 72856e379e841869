import { DateTime } from 'luxon';
import { DomainError, periodBounds, periodKeyOfDate, periodKindOfKey, type PeriodKind } from '../../domain';

/**
 * A period as typed, before the measure (and so its period kind) is known: a day `2026-11-23`, an ISO week
 * `2026-W47` or a month `2026-11` (the domain's period keys). `null` key = looked like a period but is
 * not a real one (`31-02-2026`, week 54).
 */
export interface TypedPeriod {
  key: string | null;
  /** How many tokens at the end of the input it used. */
  consumed: number;
}

const WEEK_WORDS = new Set(['uge', 'week', 'wk', 'w', 'u']);

/** Finds a period at the end of a token list (longest match first); null when the tokens end otherwise. */
export function matchPeriodSuffix(tokens: string[], today: string): TypedPeriod | null {
  for (const n of [3, 2, 1]) {
    if (tokens.length < n) continue;
    const key = periodOfPhrase(
      tokens.slice(-n).map((w) => w.toLowerCase()),
      today,
    );
    if (key !== undefined) return { key, consumed: n };
  }
  return null;
}

/** Parses a whole period text (a form field); undefined when it is empty, DomainError when unreadable. */
export function parsePeriodText(text: string, today: string): string | undefined {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  const match = matchPeriodSuffix(tokens, today);
  if (!match || match.consumed !== tokens.length || match.key === null)
    throw new DomainError('INVALID_PERIOD', { period: text.trim() });
  return match.key;
}

/** Converts a typed period to the measure's period kind: a day fits any kind; a week or month only its own. */
export function toMeasurePeriod(typedKey: string, kind: PeriodKind, typedText: string): string {
  const typedKind = periodKindOfKey(typedKey);
  if (typedKind === kind) return typedKey;
  if (typedKind === 'day') return periodKeyOfDate(kind, typedKey);
  throw new DomainError('INVALID_PERIOD', { period: typedText });
}

/** The key a phrase names; null for an impossible period; undefined when the phrase is no period at all. */
function periodOfPhrase(words: string[], today: string): string | null | undefined {
  const phrase = words.join(' ');
  const day = DateTime.fromISO(today, { zone: 'utc' });
  if (['i dag', 'idag', 'today'].includes(phrase)) return today;
  if (['i går', 'igår', 'i gaar', 'igaar', 'yesterday'].includes(phrase)) return day.minus({ days: 1 }).toISODate();
  if (['denne uge', 'this week'].includes(phrase)) return periodKeyOfDate('week', today);
  if (['sidste uge', 'forrige uge', 'last week'].includes(phrase))
    return periodKeyOfDate('week', day.minus({ weeks: 1 }).toISODate()!);

  const [first, second, third] = words;
  // "uge 47", "week 47 2026"
  if (first && WEEK_WORDS.has(first) && second && /^\d{1,2}$/.test(second)) {
    if (words.length === 2) return weekKey(Number(second), null, day);
    if (words.length === 3 && third && /^\d{4}$/.test(third)) return weekKey(Number(second), Number(third), day);
    return undefined;
  }
  if (words.length !== 1 || !first) return undefined;
  let m = /^(?:uge|u|week|wk|w)\.?(\d{1,2})$/.exec(first);
  if (m) return weekKey(Number(m[1]), null, day);
  m = /^(\d{4})-?w(\d{1,2})$/.exec(first);
  if (m) return weekKey(Number(m[2]), Number(m[1]), day);
  m = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(first);
  if (m) return dateKey(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(first);
  if (m) return dateKey(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{2})$/.exec(first);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? first : null;
  return undefined;
}

/** ISO week key; without a year, the week-year that puts the week nearest to today. */
function weekKey(week: number, year: number | null, today: DateTime): string | null {
  let y = year;
  if (y === null) {
    y = today.weekYear;
    if (week > today.weekNumber + 26) y -= 1;
  }
  const key = `${y}-W${String(week).padStart(2, '0')}`;
  return periodBounds(key) ? key : null;
}

function dateKey(year: number, month: number, dayOfMonth: number): string | null {
  const d = DateTime.fromObject({ year, month, day: dayOfMonth }, { zone: 'utc' });
  return d.isValid ? d.toISODate() : null;
}
