import type { Locale } from '../../src/domain';
import type { CardModel } from '../../src/cards/card-model';
import { actionPlanSamples } from './samples/action-plan-samples';
import { adminSamples } from './samples/admin-samples';
import { conversationSamples } from './samples/conversation-samples';
import { pdsaSamples } from './samples/pdsa-samples';
import { schedulingSamples } from './samples/scheduling-samples';
import type { TemplateName } from '../../src/domain';

/** A realistic filled card model, for tests of every renderer (Adaptive Cards here, Block Kit in the Slack channel). */
export interface CardSample {
  /** Unique name, e.g. `run-chart` or `choice/select`. */
  name: string;
  template: TemplateName;
  model: CardModel;
}

/**
 * Sample builders per area: add yours (a `(locale) => CardSample[]` in samples/<area>-samples.ts) to this list;
 * test/cards and test/channels/slack check that every template in TEMPLATE_NAMES has a sample in both locales.
 */
const SAMPLE_SETS: Array<(locale: Locale) => CardSample[]> = [
  conversationSamples,
  pdsaSamples,
  adminSamples,
  schedulingSamples,
  actionPlanSamples,
];

/** Samples of every card template the bot emits, filled in one locale (tests cover both locales). */
export function cardSamples(locale: Locale): CardSample[] {
  return SAMPLE_SETS.flatMap((set) => set(locale));
}
