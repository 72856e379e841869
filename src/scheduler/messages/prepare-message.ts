import type { ReminderKind } from '../../domain';
import { actionPlanReminder } from './action-plan-message';
import { actionStepReminder } from './action-step-message';
import { broadcastMessage } from './broadcast-message';
import { dataReminder } from './data-message';
import type { MessageBuilder } from './message-context';
import { pdsaReminder } from './pdsa-message';
import { seminarChangedNotice, seminarReminder } from './seminar-message';
import { sponsorSummary } from './summary-message';

/** The message builder of every reminder kind. */
export const MESSAGE_BUILDERS: Record<ReminderKind, MessageBuilder> = {
  seminar: seminarReminder,
  seminar_changed: seminarChangedNotice,
  data_due: dataReminder,
  pdsa_due: pdsaReminder,
  action_plan_followup: actionPlanReminder,
  action_step_due: actionStepReminder,
  sponsor_summary: sponsorSummary,
  broadcast: broadcastMessage,
};
