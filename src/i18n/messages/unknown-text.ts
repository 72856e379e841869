import type { Catalogue } from './index';

/** The short answer to text no command claims: the closest command, if any, and a way to the help card. */
export const unknownTextMessages: Catalogue = {
  da: {
    'unknown.title': 'Det forstod jeg ikke helt',
    'unknown.text': 'Tryk på Hjælp for at se, hvad du kan skrive.',
    'unknown.didYouMean': 'Mente du "{text}"?',
    'unknown.didYouMeanText': 'Tryk på knappen for at køre det – eller på Hjælp for at se, hvad du kan skrive.',
    'unknown.button.help': 'Hjælp',
  },
  en: {
    'unknown.title': 'I did not quite understand that',
    'unknown.text': 'Press Help to see what you can write.',
    'unknown.didYouMean': 'Did you mean "{text}"?',
    'unknown.didYouMeanText': 'Press the button to run it – or Help to see what you can write.',
    'unknown.button.help': 'Help',
  },
};
