import type { Flow } from '../flow';
import { adminFlow } from './admin';
import { channelLinkFlow } from './channel-link-flow';
import { chartFlow } from './chart-flow';
import { correctionFlow } from './correction-flow';
import { helpFlow } from './help-flow';
import { measurementFlow } from './measurement-flow';
import { onboardingFlow } from './onboarding-flow';
import { overviewFlow } from './overview';
import { pdsaFlow } from './pdsa-flow';
import { settingsFlow } from './settings-flow';
import { statusFlow } from './status-flow';
import { teamFlow } from './team-flow';
import { seminarsFlow } from './seminars';
import { storyboardsFlow } from './storyboards';
import { broadcastFlow } from './broadcast';
import { summarySettingsFlow } from './summary-settings';
import { pauseFlow } from './pause-flow';
import { coverageFlow } from './coverage-flow';
import { actionPlanFlow } from './action-plan-flow';
import { progressFlow } from './progress-flow';
import { baselineFlow } from './baseline-flow';

/**
 * The registry of flows, a plain array: add your flow file here. Text commands match by their longest
 * first words; a verb is handled by the first flow that lists it.
 */
export const flows: Flow[] = [
  helpFlow,
  onboardingFlow,
  channelLinkFlow,
  teamFlow,
  settingsFlow,
  measurementFlow,
  correctionFlow,
  pdsaFlow,
  chartFlow,
  baselineFlow,
  statusFlow,
  adminFlow,
  overviewFlow,
  seminarsFlow,
  storyboardsFlow,
  broadcastFlow,
  summarySettingsFlow,
  pauseFlow,
  coverageFlow,
  actionPlanFlow,
  progressFlow,
];
