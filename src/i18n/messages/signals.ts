import type { Catalogue } from './index';

/** Signal titles by what the signal means for the measure, and the Making Data Count fact titles. */
export const signalMessages: Catalogue = {
  da: {
    'signal.title.improvement': 'Tegn på forbedring',
    'signal.title.worsening': 'Tegn på forværring',
    'signal.title.neutral': 'Tegn på ikke-tilfældig variation',
    'signal.fact.variation': 'Variation',
    'signal.fact.assurance': 'Målopfyldelse',
  },
  en: {
    'signal.title.improvement': 'Signs of improvement',
    'signal.title.worsening': 'Signs of deterioration',
    'signal.title.neutral': 'Signs of non-random variation',
    'signal.fact.variation': 'Variation',
    'signal.fact.assurance': 'Goal',
  },
};
