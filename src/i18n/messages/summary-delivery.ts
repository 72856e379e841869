import type { Catalogue } from './index';

/** The sponsor summary's real next delivery, after quiet hours and closed days. */
export const summaryDeliveryMessages: Catalogue = {
  da: {
    'summary.next': 'Den næste kommer {when}.',
    'summary.next.moved':
      'Den næste kommer {when}, fordi {weekday} kl. {time} ligger i stilletiden eller på en lukkedag (weekend, helligdag).',
  },
  en: {
    'summary.next': 'The next one arrives {when}.',
    'summary.next.moved':
      'The next one arrives {when}, because {weekday} at {time} falls in quiet hours or on a closed day (weekend, holiday).',
  },
};
