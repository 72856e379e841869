/** Every card template the bot can emit (files `adaptive-cards/<name>.json`); samples.ts covers each one. */
export const TEMPLATE_NAMES = [
  'help',
  'join',
  'invite-created',
  'choice',
  'measurement-form',
  'measurement-stored',
  'measurement-confirm-replace',
  'pdsa-list',
  'pdsa-plan-form',
  'pdsa-cycle',
  'pdsa-due-form',
  'run-chart',
  'team-status',
  'admin-team-form',
  'admin-measure-form',
  'admin-created',
  'admin-teams',
  'overview',
  // Scheduler: reminders, seminars, broadcasts, sponsor summaries.
  'seminar-reminder',
  'seminar-form',
  'seminar-list',
  'seminar-tally',
  'seminar-material',
  'reminder-data',
  'reminder-pdsa',
  'reminder-action-plan',
  'sponsor-summary',
  'broadcast-compose',
  'broadcast-preview',
  'broadcast-message',
  'broadcast-report',
] as const;

/** A card template name. */
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
