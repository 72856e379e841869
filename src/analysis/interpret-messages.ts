import type { Assurance, Tone, Variation } from './interpret';
import type { CentreKind, Locale } from './messages';
import type { Direction } from './runs-analysis';

/** How many periods, in words: "21 uger" / "21 weeks"; without a period kind, "points". */
export type PeriodKind = 'week' | 'month' | 'day';

/** Phrases of the direction-aware reading, per language. */
export interface InterpretMessages {
  shift(o: {
    name: string;
    side: Direction;
    length: number;
    period?: PeriodKind;
    centre: CentreKind;
    since: string;
    tone: Tone;
  }): string;
  outside(o: { side: Direction; count: number; labels: string; tone: Tone }): string;
  fewCrossings(o: { crossings: number; crossingsMin: number }): string;
  next(o: { kind: 'shift' | 'outside' | 'fewCrossings'; tone: Tone; since: string }): string;
  variation: Record<Variation, string>;
  assurance: Record<Assurance, string>;
}

/** The icons alone, for narrow table cells (the same in every language). */
export const MDC_ICONS: { variation: Record<Variation, string>; assurance: Record<Assurance, string> } = {
  variation: { common: '⚪', improving: '🔵', worsening: '🟠', neither: '🟣' },
  assurance: { met: '✅', notMet: '⛔', hitAndMiss: '❔' },
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const daPeriods: Record<PeriodKind | 'point', [string, string]> = {
  week: ['uge', 'uger'],
  month: ['måned', 'måneder'],
  day: ['dag', 'dage'],
  point: ['punkt', 'punkter'],
};
const enPeriods: Record<PeriodKind | 'point', [string, string]> = {
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  day: ['day', 'days'],
  point: ['point', 'points'],
};

const da: InterpretMessages = {
  shift: ({ name, side, length, period, centre, since, tone }) =>
    `${name} er ${side === 'above' ? 'steget' : 'faldet'}: ${count(length, ...daPeriods[period ?? 'point'])} i træk ` +
    `${side === 'above' ? 'over' : 'under'} ${centre === 'median' ? 'medianen' : 'centerlinjen'} siden ${since} — ` +
    `det ligner en reel ${tone === 'improvement' ? 'forbedring' : 'forværring'}.`,
  outside: ({ side, count: n, labels, tone }) =>
    `${count(n, 'punkt', 'punkter')} ${side === 'above' ? 'over den øvre' : 'under den nedre'} kontrolgrænse (${labels}) — ` +
    `en særlig årsag i ${tone === 'improvement' ? 'den gode' : 'den forkerte'} retning.`,
  fewCrossings: ({ crossings, crossingsMin }) =>
    `For få kryds: ${crossings} (forventet mindst ${crossingsMin}) — processen har ændret sig, men ikke entydigt i én retning.`,
  next: ({ kind, tone, since }) =>
    kind === 'fewCrossings'
      ? 'Se grafen igennem i teamet: er data opgjort ens hver gang, og skifter niveauet flere gange?'
      : kind === 'shift'
        ? tone === 'improvement'
          ? `Overvej en ny baseline fra ${since}.`
          : `Find årsagen: hvad ændrede sig omkring ${since}?`
        : tone === 'improvement'
          ? `Find ud af, hvad der gik godt i ${since}, så det kan gentages.`
          : `Undersøg, hvad der skete i ${since}.`,
  variation: {
    common: '⚪ Almindelig variation',
    improving: '🔵 Særlig variation – forbedring',
    worsening: '🟠 Særlig variation – forværring',
    neither: '🟣 Særlig variation – uden retning',
  },
  assurance: {
    met: '✅ Målet nås stabilt',
    notMet: '⛔ Målet nås ikke med den nuværende proces',
    hitAndMiss: '❔ Målet nås nogle gange (tilfældigt)',
  },
};

const en: InterpretMessages = {
  shift: ({ name, side, length, period, centre, since, tone }) =>
    `${name} has ${side === 'above' ? 'risen' : 'fallen'}: ${count(length, ...enPeriods[period ?? 'point'])} in a row ` +
    `${side} the ${centre === 'median' ? 'median' : 'centre line'} since ${since} — ` +
    `this looks like a real ${tone === 'improvement' ? 'improvement' : 'deterioration'}.`,
  outside: ({ side, count: n, labels, tone }) =>
    `${count(n, 'point', 'points')} ${side === 'above' ? 'above the upper' : 'below the lower'} control limit (${labels}) — ` +
    `a special cause in the ${tone === 'improvement' ? 'right' : 'wrong'} direction.`,
  fewCrossings: ({ crossings, crossingsMin }) =>
    `Too few crossings: ${crossings} (expected at least ${crossingsMin}) — the process has changed, but not clearly in one direction.`,
  next: ({ kind, tone, since }) =>
    kind === 'fewCrossings'
      ? 'Go through the chart with the team: are the data collected the same way each time, and does the level shift back and forth?'
      : kind === 'shift'
        ? tone === 'improvement'
          ? `Consider a new baseline from ${since}.`
          : `Find the cause: what changed around ${since}?`
        : tone === 'improvement'
          ? `Find out what went well in ${since}, so it can be repeated.`
          : `Look into what happened in ${since}.`,
  variation: {
    common: '⚪ Common cause variation',
    improving: '🔵 Special cause – improving',
    worsening: '🟠 Special cause – concerning',
    neither: '🟣 Special cause – no direction',
  },
  assurance: {
    met: '✅ Goal consistently met',
    notMet: '⛔ Goal not met by the current process',
    hitAndMiss: '❔ Goal hit and miss',
  },
};

/** The phrase catalogue of the direction-aware reading, per language. */
export const interpretMessages: Record<Locale, InterpretMessages> = { da, en };
