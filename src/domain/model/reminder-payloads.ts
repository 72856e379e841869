import { z } from 'zod';
import type { ReminderKind } from './delivery';
import { PDSA_PHASES } from './pdsa';

const id = z.string().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The payload of each reminder kind: written by the planners and flows, validated when scheduled and again when a
 * row is read back from the store, read by the scheduler's message builders. Changing one is a contract change:
 * rows already stored must still parse (add optional fields, or migrate the rows).
 */
export const REMINDER_PAYLOAD_SCHEMAS = {
  seminar: z.object({
    seminarId: id,
    /** seminarRevision() when planned; the reminder is dropped if the seminar changed since. */
    revision: z.string(),
    daysBefore: z.number().int(),
    invitation: z.boolean().optional(),
  }),
  seminar_changed: z.object({ seminarId: id, change: z.enum(['cancelled', 'changed']), revision: z.string() }),
  /** `nudge` 1 is the first reminder about a missing value, 2 the second. */
  data_due: z.object({
    measureId: id,
    teamId: id,
    periodKey: z.string().min(1),
    nudge: z.number().int().min(1).max(2),
  }),
  pdsa_due: z.object({ cycleId: id, teamId: id, phase: z.enum(PDSA_PHASES), dueDate: isoDate }),
  action_plan_followup: z.object({ actionPlanId: id, teamId: id, step: z.string().min(1), followUpDate: isoDate }),
  /** A step owner's reminder; `due` is the deadline it was planned for (dropped when the step moved or is done). */
  action_step_due: z.object({ actionPlanId: id, stepId: id, teamId: id, due: isoDate }),
  /** The month (`YYYY-MM`) a team lead is asked to score on the IHI scale. */
  progress_due: z.object({ teamId: id, month: z.string().regex(/^\d{4}-\d{2}$/) }),
  /** `week` is the ISO week (`2026-W49`); weekday 1 = Monday, time `HH:mm` in the sponsor's zone. */
  sponsor_summary: z.object({
    teamId: id,
    week: z.string(),
    weekday: z.number().int().min(1).max(7),
    time: z.string(),
  }),
  broadcast: z.union([
    /** The delivery report to the sender: waits until `deadline` (ISO) while deliveries are still queued. */
    z.object({
      broadcastId: id,
      report: z.literal(true),
      unreachable: z.array(z.string()).optional(),
      deadline: z.string().datetime().optional(),
    }),
    /** One delivery of the broadcast; `target` names the conversation in the report. */
    z.object({
      broadcastId: id,
      report: z.undefined().optional(),
      teamId: id.optional(),
      target: z.string().optional(),
    }),
  ]),
  /** A week before a seminar: asks a team lead for the team's learning; `startsAt` (ISO) as planned, dropped if it moved. */
  storyboard_request: z.object({ seminarId: id, teamId: id, startsAt: z.string().datetime() }),
  /** The day before a seminar: every invited team's storyboard to a tovholder. */
  storyboard_collection: z.object({ seminarId: id, startsAt: z.string().datetime() }),
  /** A tovholder's or expert's proposal of a new part to a team member; dropped once the team decided. */
  baseline_proposal: z.object({ teamId: id, measureId: id, periodKey: z.string(), proposedBy: id }),
} as const satisfies Record<ReminderKind, z.ZodTypeAny>;

/** The payload of reminder kind `K`. */
export type ReminderPayload<K extends ReminderKind> = z.infer<(typeof REMINDER_PAYLOAD_SCHEMAS)[K]>;

/** Parses the payload of a reminder of `kind`; the issues say what did not match. */
export function parseReminderPayload<K extends ReminderKind>(
  kind: K,
  value: unknown,
): z.SafeParseReturnType<unknown, ReminderPayload<K>> {
  return REMINDER_PAYLOAD_SCHEMAS[kind].safeParse(value) as z.SafeParseReturnType<unknown, ReminderPayload<K>>;
}
