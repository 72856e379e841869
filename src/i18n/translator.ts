import type { Locale } from '../domain';
import { messages } from './messages';

/**
 * Translates a catalogue key with `{param}` placeholders; unknown keys fall back to Danish, then to the key.
 * `{param|one|other}` is a count with its noun: "{teams|team|teams}" → "1 team", "3 teams".
 */
export type Translator = (key: string, params?: Record<string, string | number>) => string;

/** Builds a translator for a locale from the merged message catalogues. */
export function createTranslator(locale: Locale): Translator {
  const primary = messages[locale];
  const fallback = messages.da;
  return (key, params = {}) => {
    const template = primary[key] ?? fallback[key] ?? key;
    return template.replace(
      /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
      (whole, name: string, one?: string, other?: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        const text = formatParam(value, locale);
        return one === undefined ? text : `${text} ${Number(value) === 1 ? one : other}`;
      },
    );
  };
}

/** Numbers use a decimal comma in Danish. */
export function formatNumber(n: number, locale: Locale, maxFractionDigits = 2): string {
  const key = `${locale}:${maxFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(n);
}

// Building an Intl.NumberFormat costs far more than using one; keep one per locale and precision.
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatParam(v: string | number, locale: Locale): string {
  return typeof v === 'number' ? formatNumber(v, locale) : v;
}
