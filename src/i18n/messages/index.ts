import type { Locale } from '../../domain';
import { actionPlanMessages } from './action-plan';
import { adminMessages } from './admin';
import { progressMessages } from './progress';
import { chartMessages } from './chart';
import { commonMessages } from './common';
import { correctionMessages } from './corrections';
import { errorMessages } from './errors';
import { helpMessages } from './help';
import { measurementMessages } from './measurement';
import { onboardingMessages } from './onboarding';
import { pdsaMessages } from './pdsa';
import { pdsaSponsorMessages } from './pdsa-sponsor';
import { permissionMessages } from './permissions';
import { statusMessages } from './status';
import { teamsMessages } from './teams';
import { slackMessages } from './slack';
import { schedulingMessages } from './scheduling';
import { seminarDetailMessages } from './seminar-details';
import { storyboardMessages } from './storyboard';
import { rolloutMessages } from './rollout';
import { unknownTextMessages } from './unknown-text';
import { pickerMessages } from './pickers';
import { formFieldMessages } from './form-fields';
import { securityMessages } from './security';
import { resilienceMessages } from './resilience';
import { spcChartMessages } from './spc-charts';
import { signalMessages } from './signals';
import { summaryDeliveryMessages } from './summary-delivery';
import { baselineMessages } from './baseline';

/** A message catalogue area: the same keys in Danish and English. */
export interface Catalogue {
  da: Record<string, string>;
  en: Record<string, string>;
}

// Each area of the bot keeps its strings in its own file here; add yours to this list.
const areas: Catalogue[] = [
  errorMessages,
  commonMessages,
  permissionMessages,
  helpMessages,
  onboardingMessages,
  measurementMessages,
  correctionMessages,
  pdsaMessages,
  pdsaSponsorMessages,
  chartMessages,
  statusMessages,
  teamsMessages,
  slackMessages,
  schedulingMessages,
  seminarDetailMessages,
  storyboardMessages,
  adminMessages,
  rolloutMessages,
  unknownTextMessages,
  pickerMessages,
  formFieldMessages,
  securityMessages,
  resilienceMessages,
  spcChartMessages,
  signalMessages,
  actionPlanMessages,
  progressMessages,
  summaryDeliveryMessages,
  baselineMessages,
];

/** All messages merged per locale. */
export const messages: Record<Locale, Record<string, string>> = {
  da: Object.assign({}, ...areas.map((a) => a.da)),
  en: Object.assign({}, ...areas.map((a) => a.en)),
};
