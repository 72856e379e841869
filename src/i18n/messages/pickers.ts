import type { Catalogue } from './index';

/** Drop-downs of pickers that have no form of their own (the team picker's are under `team.`). */
export const pickerMessages: Catalogue = {
  da: {
    'picker.seminar.label': 'Seminar',
    'picker.submit': 'Vælg',
  },
  en: {
    'picker.seminar.label': 'Seminar',
    'picker.submit': 'Choose',
  },
};
