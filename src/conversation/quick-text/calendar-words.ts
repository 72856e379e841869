import { DomainError } from '../../domain';

/** Month names and their usual abbreviations, Danish and English (lower case, without a trailing dot). */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['januar', 'january', 'jan'],
  ['februar', 'february', 'feb'],
  ['marts', 'march', 'mar'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTH_OF_WORD = new Map(MONTHS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)));

/** Alternation of every month word, longest first (for building phrase patterns). */
export const MONTH_WORD = [...MONTH_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

/** Alternation of the words a week is written with: `uge`, `u`, `week`, `wk`, `w` (each may end with a dot). */
export const WEEK_WORD = String.raw`(?:uge|week|wk|u|w)\.?`;

/** The month number (1–12) of a month word (`nov`, `november`, `nov.`), or undefined. */
export function monthOfWord(word: string): number | undefined {
  return MONTH_OF_WORD.get(word.replace(/\.$/, ''));
}

/**
 * A typed year: four digits as they are, two digits (also `'26`) in this century. Anything else is refused
 * with INVALID_YEAR naming what was typed.
 */
export function readYear(text: string): number {
  const digits = text.replace(/^['’]/, '');
  if (/^\d{4}$/.test(digits)) return Number(digits);
  if (/^\d{2}$/.test(digits)) return 2000 + Number(digits);
  throw new DomainError('INVALID_YEAR', { year: text });
}
