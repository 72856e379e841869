// Danish CPR numbers (DDMMYY-SSSS or DDMMYYSSSS) must never be stored, echoed or logged.
// Since 2007 the modulus-11 check no longer holds for every CPR number, so any 10-digit run whose
// first six digits form a valid calendar date is treated as a CPR number (DOMAIN.md "Privacy").

// People copy CPR numbers from patient systems and letters with a separator between the date parts and/or
// before the last four: a hyphen, dot, space (also no-break space) or a typographic dash (U+2010–U+2015,
// U+2212), a dash or dot optionally with one space on each side. Day, month and year share one separator
// (or none) so that lists of small numbers ("12 10 15 2000" excepted) and decimals stay apart; the last four
// digits always form one group, so 8-digit phone numbers, dates, ISO weeks and decimals are never matched.
const SPACE = '[ \\t\\u00a0\\u202f]';
const DASH = '[-.\\u2010-\\u2015\\u2212]';
const SEP = `(?:${SPACE}?${DASH}${SPACE}?|${SPACE})`;
const CANDIDATE = new RegExp(
  `(?<!\\d)(?<!\\d[.,])(\\d{2})(${SEP}?)(\\d{2})\\2(\\d{2})${SEP}?(\\d{4})(?!\\d)(?![.,]\\d)`,
  'g',
);

/** True when the text contains something that looks like a Danish CPR number. */
export function containsCpr(text: string): boolean {
  for (const m of text.matchAll(CANDIDATE)) {
    if (isValidDay(Number(m[1]), Number(m[3]), Number(m[4]))) return true;
  }
  return false;
}

/** The placeholder that replaces a CPR-like number in redacted text. */
export const CPR_REDACTED = '[CPR fjernet]';

/** Replaces every CPR-like number with "[CPR fjernet]" (for log lines and names that must keep the rest). */
export function redactCpr(text: string): string {
  return text.replace(CANDIDATE, (whole, d: string, _sep: string, mo: string, y: string) =>
    isValidDay(Number(d), Number(mo), Number(y)) ? CPR_REDACTED : whole,
  );
}

function isValidDay(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is unknown; 29 February is valid if either century makes it a leap year.
  const leap = yy % 4 === 0; // 1900 is the only non-leap century year in range, and '00' can be 2000.
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
