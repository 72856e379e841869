import { interpretMessages, type Locale } from '../analysis';
import type { SeriesAnalysis } from './series-analysis';

/** Card colour of a signal: good news is never red. */
export type SignalColor = 'Good' | 'Attention' | 'Warning' | 'Default';

const COLORS = { improvement: 'Good', worsening: 'Attention', neutral: 'Warning' } as const;

/** The colour a card gives the analysis' latest signal (Default without one). */
export function signalColor(analysis: Pick<SeriesAnalysis, 'tone'>): SignalColor {
  return analysis.tone ? COLORS[analysis.tone] : 'Default';
}

/** The catalogue key of the signal heading: by tone, or the neutral "what does the chart show?". */
export function signalTitleKey(analysis: Pick<SeriesAnalysis, 'tone'>): string {
  return analysis.tone ? `signal.title.${analysis.tone}` : 'chart.signal.title';
}

/**
 * The NHS Making Data Count icons as text facts that work in Adaptive Cards and Block Kit alike:
 * variation always, assurance when the chart has limits and the measure a goal.
 */
export function mdcFacts(
  analysis: Pick<SeriesAnalysis, 'variation' | 'assurance'>,
  locale: Locale,
  t: (key: string) => string,
): Array<{ title: string; value: string }> {
  const m = interpretMessages[locale];
  const facts = [{ title: t('signal.fact.variation'), value: m.variation[analysis.variation] }];
  if (analysis.assurance) facts.push({ title: t('signal.fact.assurance'), value: m.assurance[analysis.assurance] });
  return facts;
}
