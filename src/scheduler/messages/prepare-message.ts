import type { Reminder, ReminderKind } from '../../domain';
import { actionPlanReminder } from './action-plan-message';
import { actionStepReminder } from './action-step-message';
import { progressReminder } from './progress-message';
import { broadcastMessage } from './broadcast-message';
import { dataReminder } from './data-message';
import type { MessageBuilder, MessageContext, Prepared } from './message-context';
import { pdsaReminder } from './pdsa-message';
import { seminarChangedNotice, seminarReminder } from './seminar-message';
import { storyboardCollectionMessage, storyboardRequest } from './storyboard-message';
import { sponsorSummary } from './summary-message';
import { baselineProposalMessage } from './baseline-message';

/** The message builder of every reminder kind. */
export const MESSAGE_BUILDERS: { [K in ReminderKind]: MessageBuilder<K> } = {
  seminar: seminarReminder,
  seminar_changed: seminarChangedNotice,
  data_due: dataReminder,
  pdsa_due: pdsaReminder,
  action_plan_followup: actionPlanReminder,
  action_step_due: actionStepReminder,
  progress_due: progressReminder,
  sponsor_summary: sponsorSummary,
  broadcast: broadcastMessage,
  storyboard_request: storyboardRequest,
  storyboard_collection: storyboardCollectionMessage,
  baseline_proposal: baselineProposalMessage,
};

/** Builds the message of a reminder with the builder of its kind. */
export function prepareMessage(reminder: Reminder, ctx: MessageContext): Promise<Prepared> {
  // TypeScript cannot correlate `reminder.kind` with the builder it picks; MESSAGE_BUILDERS' type keeps each pair right.
  const build = MESSAGE_BUILDERS[reminder.kind] as MessageBuilder<ReminderKind>;
  return build(reminder, ctx);
}
