import { z } from 'zod';
import { actionPlanInput, freeText, isoDate } from '../../domain';

/** One step of an action plan in the setup file: what, its owner (a team member, by email) and deadline. */
const step = z
  .object({
    what: freeText(1000).pipe(z.string().min(1)),
    owner: z.string().trim().toLowerCase().email().max(320).optional(),
    due: isoDate.optional(),
  })
  .strict();

/** An action plan (handleplan) of one team, matched by team and title; its steps' owners must be in the team. */
export const setupActionPlan = z
  .object({
    team: z.string().trim().min(1).max(200),
    title: actionPlanInput.shape.title,
    whatToChange: actionPlanInput.shape.whatToChange,
    successCriterion: actionPlanInput.shape.successCriterion,
    when: actionPlanInput.shape.when,
    testMethod: actionPlanInput.shape.testMethod,
    reportBack: actionPlanInput.shape.reportBack,
    /** The case meeting's date; the playbook's reminders are planned from it. */
    caseMeeting: isoDate,
    steps: z.array(step).min(1).max(20),
  })
  .strict();
/** A parsed action plan of the setup file. */
export type SetupActionPlan = z.output<typeof setupActionPlan>;
