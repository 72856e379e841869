import type { Catalogue } from './index';

/** Messages of form fields shared by several forms. */
export const formFieldMessages: Catalogue = {
  da: {
    'pdsa.field.requiredError': 'Skal udfyldes.',
  },
  en: {
    'pdsa.field.requiredError': 'Required.',
  },
};
