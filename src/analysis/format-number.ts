import type { Locale } from './messages';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, decimals: number): Intl.NumberFormat {
  const key = `${locale}:${decimals}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: decimals });
    formats.set(key, f);
  }
  return f;
}

/** Decimals that show about three significant digits: 1234 → 0, 12.3 → 1, 3.46 → 2, 0.0234 → 4. */
export function autoDecimals(value: number, max = 4): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  return Math.min(max, Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value)))));
}

/** Formats a number for people: decimal comma and '.' thousands in Danish ("12.345,6"), fixed `decimals` or about three significant digits. */
export function formatNumber(value: number, locale: Locale, decimals?: number): string {
  const s = formatter(locale, decimals ?? autoDecimals(value)).format(value);
  return s === '-0' ? '0' : s;
}

/** Formats a proportion (0–1) as a percentage with at most one decimal: 0.153 → "15,3 %" (da) / "15.3%" (en). */
export function formatPercent(proportion: number, locale: Locale, decimals?: number): string {
  const v = proportion * 100;
  const s = formatNumber(v, locale, decimals ?? Math.min(1, autoDecimals(v)));
  return locale === 'da' ? `${s} %` : `${s}%`;
}
