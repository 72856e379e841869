import type { Direction } from './runs-analysis';

/** Languages the bot speaks. */
export type Locale = 'da' | 'en';

/** What the centre line is: the median (run charts) or a mean (control charts). */
export type CentreKind = 'median' | 'mean';

/** Every user-facing phrase of the analysis and the charts, per language. */
export interface AnalysisMessages {
  shift(o: { length: number; direction: Direction; centre: CentreKind; since: string }): string;
  fewCrossings(o: { crossings: number; crossingsMin: number }): string;
  outside(o: { count: number; labels: string }): string;
  random(o: { count: number }): string;
  tooFew(o: { count: number; needed: number }): string;
  noData: string;
  /** Prefix when the series has several parts and the latest one is described. */
  latestPart(o: { since: string }): string;
  /** Sentence with the centre value, e.g. "Median: 12,5 min." */
  centreValue(o: { centre: CentreKind; value: string }): string;
  /** "and more" after a shortened list of period labels. */
  andMore: string;
  /** Short labels drawn on charts. */
  chart: {
    median: string;
    mean: string;
    ucl: string;
    lcl: string;
    goal: string;
    noData: string;
    /** Before a period label where the team froze the baseline. */
    frozen: string;
    /** Before the first period label of a part the team started. */
    newPart: string;
  };
}

const da: AnalysisMessages = {
  shift: ({ length, direction, centre, since }) =>
    `Skift: ${length} punkter i træk ${direction === 'above' ? 'over' : 'under'} ${centre === 'median' ? 'medianen' : 'centerlinjen'} siden ${since}.`,
  fewCrossings: ({ crossings, crossingsMin }) =>
    `For få krydsninger: ${crossings} ${crossings === 1 ? 'krydsning' : 'krydsninger'} (forventet mindst ${crossingsMin}).`,
  outside: ({ count, labels }) =>
    `${count} ${count === 1 ? 'punkt' : 'punkter'} uden for kontrolgrænserne (${labels}).`,
  random: ({ count }) => `Ingen tegn på ikke-tilfældig variation (${count} ${count === 1 ? 'punkt' : 'punkter'}).`,
  tooFew: ({ count, needed }) => `For få punkter til at vurdere variationen: ${count} (mindst ${needed} anbefales).`,
  noData: 'Ingen data endnu.',
  latestPart: ({ since }) => `Seneste fase (fra ${since}):`,
  centreValue: ({ centre, value }) => `${centre === 'median' ? 'Median' : 'Gennemsnit'}: ${value}.`,
  andMore: 'm.fl.',
  chart: {
    median: 'Median',
    mean: 'Gns.',
    ucl: 'ØKG',
    lcl: 'NKG',
    goal: 'Mål',
    noData: 'Ingen data',
    frozen: 'Baseline frosset',
    newPart: 'Ny periode fra',
  },
};

const en: AnalysisMessages = {
  shift: ({ length, direction, centre, since }) =>
    `Shift: ${length} points in a row ${direction} the ${centre === 'median' ? 'median' : 'centre line'} since ${since}.`,
  fewCrossings: ({ crossings, crossingsMin }) =>
    `Too few crossings: ${crossings} ${crossings === 1 ? 'crossing' : 'crossings'} (expected at least ${crossingsMin}).`,
  outside: ({ count, labels }) =>
    `${count} ${count === 1 ? 'point' : 'points'} outside the control limits (${labels}).`,
  random: ({ count }) => `No sign of non-random variation (${count} ${count === 1 ? 'point' : 'points'}).`,
  tooFew: ({ count, needed }) => `Too few points to judge the variation: ${count} (at least ${needed} recommended).`,
  noData: 'No data yet.',
  latestPart: ({ since }) => `Latest phase (from ${since}):`,
  centreValue: ({ centre, value }) => `${centre === 'median' ? 'Median' : 'Mean'}: ${value}.`,
  andMore: 'and more',
  chart: {
    median: 'Median',
    mean: 'Mean',
    ucl: 'UCL',
    lcl: 'LCL',
    goal: 'Goal',
    noData: 'No data',
    frozen: 'Baseline frozen',
    newPart: 'New period from',
  },
};

/** The phrase catalogue of each language. */
export const messages: Record<Locale, AnalysisMessages> = { da, en };
