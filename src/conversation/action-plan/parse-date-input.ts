import { DateTime } from 'luxon';

/** A date typed or picked in a form (`2026-03-24`, `24-03-2026`, `24.03.2026`, `24/3/2026`) as `YYYY-MM-DD`, or null. */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  let d: DateTime;
  const dmy = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/.exec(s);
  if (dmy)
    d = DateTime.fromObject({ day: Number(dmy[1]), month: Number(dmy[2]), year: Number(dmy[3]) }, { zone: 'utc' });
  else if (/^\d{4}-\d{2}-\d{2}$/.test(s)) d = DateTime.fromISO(s, { zone: 'utc' });
  else return null;
  return d.isValid ? d.toISODate() : null;
}
