import type { Locale } from '../../domain';
import { errorMessages } from './errors';

/** A message catalogue area: the same keys in Danish and English. */
export interface Catalogue {
  da: Record<string, string>;
  en: Record<string, string>;
}

// Each area of the bot keeps its strings in its own file here; add yours to this list.
const areas: Catalogue[] = [errorMessages];

/** All messages merged per locale. */
export const messages: Record<Locale, Record<string, string>> = {
  da: Object.assign({}, ...areas.map((a) => a.da)),
  en: Object.assign({}, ...areas.map((a) => a.en)),
};
