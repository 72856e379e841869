// Danish CPR numbers (DDMMYY-SSSS or DDMMYYSSSS) must never be stored, echoed or logged.
// Since 2007 the modulus-11 check no longer holds for every CPR number, so any 10-digit run whose
// first six digits form a valid calendar date is treated as a CPR number (DOMAIN.md "Privacy").

// The separator may be a hyphen, a space, or a typographic dash (U+2010–U+2015, U+2212) that editors put in.
const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})[-\s\u2010-\u2015\u2212]?(\d{4})(?!\d)/g;

/** True when the text contains something that looks like a Danish CPR number. */
export function containsCpr(text: string): boolean {
  for (const m of text.matchAll(CANDIDATE)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const yy = Number(m[3]);
    if (isValidDay(day, month, yy)) return true;
  }
  return false;
}

/** Replaces every CPR-like number with "[CPR fjernet]" (for log lines that must keep the rest). */
export function redactCpr(text: string): string {
  return text.replace(CANDIDATE, (whole, d: string, mo: string, y: string) =>
    isValidDay(Number(d), Number(mo), Number(y)) ? '[CPR fjernet]' : whole,
  );
}

function isValidDay(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is unknown; 29 February is valid if either century makes it a leap year.
  const leap = yy % 4 === 0; // 1900 is the only non-leap century year in range, and '00' can be 2000.
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
