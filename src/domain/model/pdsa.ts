import { z } from 'zod';
import { freeText, id, isoDate, optionalText } from './common';

/** PDSA phases in order; `done` follows Act. Status only moves forward. */
export const PDSA_PHASES = ['plan', 'do', 'study', 'act', 'done'] as const;
export type PdsaPhase = (typeof PDSA_PHASES)[number];
/** The phases of a cycle still running, each with its own due date. */
export const ACTIVE_PDSA_PHASES = ['plan', 'do', 'study', 'act'] as const;
/** Act decisions: adopt (indfør), adapt (tilpas), abandon (forkast). */
export const ACT_DECISIONS = ['adopt', 'adapt', 'abandon'] as const;
export type ActDecision = (typeof ACT_DECISIONS)[number];

const text = optionalText(4000);

/** Plan: the IHI worksheet fields. */
export const planFields = z.object({
  objective: freeText(2000).pipe(z.string().min(1)),
  questions: text,
  prediction: text,
  who: text,
  what: text,
  when: text,
  where: text,
  dataToCollect: text,
});
export const doFields = z.object({
  startedOn: isoDate.nullish().transform((v) => v ?? null),
  finishedOn: isoDate.nullish().transform((v) => v ?? null),
  whatHappened: freeText(4000).pipe(z.string().min(1)),
  problems: text,
});
export const studyFields = z.object({
  results: freeText(4000).pipe(z.string().min(1)),
  comparedToPrediction: text,
  learning: text,
});
export const actFields = z.object({
  decision: z.enum(ACT_DECISIONS),
  nextStep: text,
});
export type PlanFields = z.output<typeof planFields>;
export type DoFields = z.output<typeof doFields>;
export type StudyFields = z.output<typeof studyFields>;
export type ActFields = z.output<typeof actFields>;

/** Due date (`YYYY-MM-DD`) of each phase; null when not set. */
export interface PdsaDueDates {
  plan: string | null;
  do: string | null;
  study: string | null;
  act: string | null;
}

/** A PDSA cycle of one team. */
export interface PdsaCycle {
  id: string;
  teamId: string;
  title: string;
  changeIdea: string | null;
  ownerId: string | null;
  phase: PdsaPhase;
  plan: PlanFields;
  do: DoFields | null;
  study: StudyFields | null;
  act: ActFields | null;
  dueDates: PdsaDueDates;
  measureIds: string[];
  previousCycleId: string | null;
  /** What the team asks of its sponsor on this cycle ("brug for hjælp fra sponsor"), or null. */
  sponsorHelp: string | null;
  /** When the current sponsor request was made; null without one. */
  sponsorHelpAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The longest sponsor request on a PDSA cycle. */
export const PDSA_SPONSOR_HELP_MAX = 1000;
/** A sponsor request as stored: trimmed, bounded, CPR-guarded; empty clears it. */
export const pdsaSponsorHelp = optionalText(PDSA_SPONSOR_HELP_MAX);

/** Input for starting a cycle (it starts in phase `plan` with the Plan filled in; it moves to `do` next). */
export const pdsaStartInput = z.object({
  teamId: id,
  title: freeText(200).pipe(z.string().min(1)),
  changeIdea: optionalText(2000),
  ownerId: id.nullish().transform((v) => v ?? null),
  plan: planFields,
  dueDates: z
    .object({
      plan: isoDate.nullish(),
      do: isoDate.nullish(),
      study: isoDate.nullish(),
      act: isoDate.nullish(),
    })
    .partial()
    .default({}),
  measureIds: z.array(id).default([]),
  previousCycleId: id.nullish().transform((v) => v ?? null),
});
export type PdsaStartInput = z.input<typeof pdsaStartInput>;
