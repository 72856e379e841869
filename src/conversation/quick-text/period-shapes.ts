import { DateTime } from 'luxon';
import { DomainError, isDomainError, periodBounds, periodKeyOfDate } from '../../domain';
import { MONTH_WORD, monthOfWord, readYear, WEEK_WORD } from './calendar-words';

/** What a phrase says: a period key, or the refusal saying which part was not understood. */
export type PeriodReading = { key: string } | { error: DomainError };

const SEP = String.raw`\s*[\s/-]\s*`;
const YEAR = String.raw`('?\d+)`;
const SHAPES: ReadonlyArray<[RegExp, (m: string[], today: DateTime | null, text: string) => string | undefined]> = [
  // uge 47, uge 47 2026, uge 47/2026, uge 47-2026, uge 47, 2026, u47, u.47, uge. 47, w47, wk 47, uge 47 '26
  [new RegExp(`^${WEEK_WORD}\\s*(\\d+)(?:${SEP}${YEAR})?$`), (m, t) => weekKey(m[1]!, m[2], t)],
  // 47. uge, 47. uge 2026
  [new RegExp(`^(\\d+)\\.\\s*uge(?:${SEP}${YEAR})?$`), (m, t) => weekKey(m[1]!, m[2], t)],
  // 2026 uge 47, 2026-uge 47, 2026-W47, 2026w47
  [new RegExp(`^(\\d{4})\\s*-?\\s*${WEEK_WORD}\\s*(\\d+)$`), (m, t) => weekKey(m[2]!, m[1], t)],
  // 11/2026, 11-2026 (a month); 47/2026, 47-2026 (a week: no month is numbered 13–53)
  [/^(\d{1,2})[/-](\d{4})$/, (m, t) => numberSlashYear(Number(m[1]), m[2]!, t)],
  // november 2026, nov 2026, nov. 26, november
  [new RegExp(`^(${MONTH_WORD})\\.?(?:${SEP}${YEAR})?$`), (m, t) => monthKey(monthOfWord(m[1]!)!, m[2], t)],
  // 2026-11
  [/^(\d{4})-(\d{1,2})$/, (m, t) => monthKey(readMonth(m[2]!), m[1], t)],
  // 23/11/2026, 23-11-2026, 23.11.2026, 23.11.26
  [/^(\d{1,2})[./-](\d{1,2})[./-]('?\d+)$/, (m, t, text) => dateKey(m[3], m[2]!, m[1]!, t, text)],
  // 2026-11-23
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m, t, text) => dateKey(m[1], m[2]!, m[3]!, t, text)],
  // 23/11, 23.11. (no year): only a real date, as `18/22` may be a value
  [/^(\d{1,2})(?:\/(\d{1,2})|\.(\d{1,2})\.)$/, (m, t, text) => dayMonthKey(m[1]!, m[2] ?? m[3]!, t, text)],
  // 23. november 2026, 23. nov., 23 nov 26
  [
    new RegExp(`^(\\d{1,2})\\.?\\s*(${MONTH_WORD})\\.?(?:\\s+${YEAR})?$`),
    (m, t, text) => dateKey(m[3], String(monthOfWord(m[2]!)), m[1]!, t, text),
  ],
];

/**
 * Reads a phrase in the common Danish (and English) shapes of weeks, months and days; undefined when it is
 * no period at all. Without a year, the most recent such period not after `today` is meant; with `today`
 * null, a phrase without its year is no period.
 */
export function readPeriodShape(phrase: string, today: string | null): PeriodReading | undefined {
  const text = phrase
    .replace(/,(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, read] of SHAPES) {
    const m = pattern.exec(text);
    if (!m) continue;
    try {
      const key = read([...m], today === null ? null : dayOf(today), text);
      if (key !== undefined) return { key };
    } catch (err) {
      if (isDomainError(err)) return { error: err };
      throw err;
    }
  }
  return undefined;
}

// NOTE: a quick text tries up to three phrases against one `today`; parsing it once saves most of the time.
let lastToday = '';
let lastDay = DateTime.fromISO('2000-01-01', { zone: 'utc' });
function dayOf(today: string): DateTime {
  if (today !== lastToday) {
    lastDay = DateTime.fromISO(today, { zone: 'utc' });
    lastToday = today;
  }
  return lastDay;
}

function weekKey(weekText: string, yearText: string | undefined, today: DateTime | null): string | undefined {
  const week = Number(weekText);
  if (!/^\d{1,2}$/.test(weekText) || week < 1 || week > 53) throw new DomainError('INVALID_WEEK', { week: weekText });
  if (!today && yearText === undefined) return undefined;
  let year = yearText !== undefined ? readYear(yearText) : today!.weekYear;
  if (today && yearText === undefined && week > today.weekNumber) year -= 1;
  const key = `${year}-W${String(week).padStart(2, '0')}`;
  if (!periodBounds(key)) throw new DomainError('WEEK_NOT_IN_YEAR', { week: String(week), year: String(year) });
  return key;
}

function numberSlashYear(n: number, yearText: string, today: DateTime | null): string | undefined {
  if (n >= 1 && n <= 12) return monthKey(n, yearText, today);
  if (n <= 53) return weekKey(String(n), yearText, today);
  return undefined;
}

function readMonth(text: string): number {
  const month = Number(text);
  if (month < 1 || month > 12) throw new DomainError('INVALID_MONTH', { month: text });
  return month;
}

function monthKey(month: number, yearText: string | undefined, today: DateTime | null): string | undefined {
  if (yearText === undefined && !today) return undefined;
  let year = yearText === undefined ? today!.year : readYear(yearText);
  if (today && yearText === undefined && month > today.month) year -= 1;
  return periodKeyOfDate('month', `${year}-${String(month).padStart(2, '0')}-01`);
}

function dateKey(
  yearText: string | undefined,
  monthText: string,
  dayText: string,
  today: DateTime | null,
  text: string,
): string | undefined {
  if (yearText === undefined && !today) return undefined;
  const year = yearText === undefined ? today!.year : readYear(yearText);
  const d = DateTime.fromObject({ year, month: Number(monthText), day: Number(dayText) }, { zone: 'utc' });
  if (!d.isValid) throw new DomainError('INVALID_DATE', { date: text });
  // Without a year: this year's date, or last year's when this year's is still to come.
  return yearText === undefined && d > today! ? d.minus({ years: 1 }).toISODate()! : d.toISODate()!;
}

function dayMonthKey(dayText: string, monthText: string, today: DateTime | null, text: string): string | undefined {
  const d = DateTime.fromObject({ year: 2000, month: Number(monthText), day: Number(dayText) }, { zone: 'utc' });
  return d.isValid ? dateKey(undefined, monthText, dayText, today, text) : undefined;
}
