import type { Catalogue } from './index';

/** Answers when the database is unreachable or the instance is at capacity; nothing was stored either way. */
export const resilienceMessages: Catalogue = {
  da: {
    'error.STORE_UNAVAILABLE': 'Jeg kan ikke nå min database lige nu, så intet er gemt. Prøv igen om lidt.',
    'error.BUSY': 'Der er travlt lige nu, så intet er gemt. Prøv igen om lidt.',
  },
  en: {
    'error.STORE_UNAVAILABLE': 'I cannot reach my database right now, so nothing was saved. Please try again shortly.',
    'error.BUSY': 'I am busy right now, so nothing was saved. Please try again shortly.',
  },
};
