import { z } from 'zod';
import { freeText, id, isoDate, optionalText } from './common';

/** A step of an action plan is open until its owner (or a lead) marks it done. */
export const ACTION_STEP_STATUSES = ['open', 'done'] as const;
/** The status of an action-plan step. */
export type ActionStepStatus = (typeof ACTION_STEP_STATUSES)[number];

/** A comment on an action-plan step, in the order written. */
export interface ActionStepComment {
  personId: string | null;
  at: Date;
  text: string;
}

/** A concrete step of an action plan (drejebog): who does what, by when. */
export interface ActionStep {
  id: string;
  planId: string;
  /** 0-based order within the plan. */
  position: number;
  what: string;
  /** The team member who owns the step; null for a step whose owner is only named (ownerName). */
  ownerId: string | null;
  /** A free-text owner ("Fysioterapeut") for steps without a person. */
  ownerName: string | null;
  /** The step's deadline `YYYY-MM-DD`, or null. */
  due: string | null;
  status: ActionStepStatus;
  doneAt: Date | null;
  /** What the team asks of its sponsor for this step ("brug for hjælp fra sponsor"), or null. */
  sponsorHelp: string | null;
  comments: ActionStepComment[];
}

/** An action plan (handleplan) from the drejebog; its case-meeting date drives the timeline reminders. */
export interface ActionPlan {
  id: string;
  teamId: string;
  title: string;
  /** What we will change. */
  whatToChange: string;
  /** How we know the goal is reached. */
  successCriterion: string | null;
  /** When the change happens (free text, e.g. "fra uge 12"). */
  when: string | null;
  steps: ActionStep[];
  /** How it is tested (small steps, pilot). */
  testMethod: string | null;
  /** When and how experience is reported back to the tovholder. */
  reportBack: string | null;
  /**
   * The case meeting's date (`YYYY-MM-DD`): the planning meeting, all-staff meeting and reading time come
   * before it; the plan is finalised 1 week after, followed up 6–12 weeks after, evaluated at 6 months and 1 year.
   */
  planDate: string;
  createdBy: string | null;
  createdAt: Date;
}

/** A new step: what, and its owner (a person id or a free-text name) and deadline. */
export const actionStepInput = z.object({
  id: id.optional(),
  what: freeText(1000).pipe(z.string().min(1)),
  ownerId: id.nullish().transform((v) => v ?? null),
  ownerName: optionalText(200),
  due: isoDate.nullish().transform((v) => v ?? null),
});
/** Input of one action-plan step. */
export type ActionStepInput = z.input<typeof actionStepInput>;

/** The most steps one plan may carry. */
export const MAX_ACTION_STEPS = 20;

/** Input of a new action plan. */
export const actionPlanInput = z.object({
  id: id.optional(),
  teamId: id,
  title: freeText(200).pipe(z.string().min(1)),
  whatToChange: freeText(4000).pipe(z.string().min(1)),
  successCriterion: optionalText(),
  when: optionalText(200),
  steps: z.array(actionStepInput).max(MAX_ACTION_STEPS).default([]),
  testMethod: optionalText(),
  reportBack: optionalText(),
  planDate: isoDate,
});
/** Input of a new action plan (before defaults). */
export type ActionPlanInput = z.input<typeof actionPlanInput>;

/** A change to one step: mark done or reopen, move its deadline, add a comment, set or clear a sponsor request. */
export const actionStepPatch = z
  .object({
    status: z.enum(ACTION_STEP_STATUSES).optional(),
    due: isoDate.nullable().optional(),
    comment: freeText(1000).pipe(z.string().min(1)).optional(),
    sponsorHelp: optionalText(1000).optional(),
  })
  .strict();
/** A change to one action-plan step. */
export type ActionStepPatch = z.input<typeof actionStepPatch>;
