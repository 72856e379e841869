import { z } from 'zod';
import { id, optionalText } from './common';

/** A frozen baseline (limits and centre from the points up to and including the period) or a new part from it. */
export const BASELINE_KINDS = ['freeze', 'part'] as const;
/** A baseline event kind, see BASELINE_KINDS. */
export type BaselineKind = (typeof BASELINE_KINDS)[number];

/** Longest reason text on a baseline event, in characters. */
export const BASELINE_WHY_MAX = 500;

/** A freeze or a split of one team's chart of one measure, with who set it and why; undone events stay, marked. */
export interface BaselineEvent {
  id: string;
  teamId: string;
  measureId: string;
  kind: BaselineKind;
  /** The period the freeze ends at, or the first period of the new part (the measure's period key). */
  periodKey: string;
  /** Person who set it; null for the setup import. */
  createdBy: string | null;
  why: string | null;
  createdAt: Date;
  undoneAt: Date | null;
  undoneBy: string | null;
}

/** A new baseline event: the reason is free text, checked for length and CPR numbers. */
export const baselineEventInput = z.object({
  teamId: id,
  measureId: id,
  kind: z.enum(BASELINE_KINDS),
  periodKey: z.string().regex(/^\d{4}-(W\d{2}|\d{2}|\d{2}-\d{2})$/),
  why: optionalText(BASELINE_WHY_MAX),
});
export type BaselineEventInput = z.input<typeof baselineEventInput>;

/** What became of a proposed split: open until someone accepts or declines it; never proposed twice. */
export type BaselineProposalStatus = 'open' | 'accepted' | 'declined';

/** A proposal to start a new part at a period (after a PDSA change, or by a tovholder or expert). */
export interface BaselineProposal {
  teamId: string;
  measureId: string;
  periodKey: string;
  status: BaselineProposalStatus;
  /** Who proposed it; null for the bot. */
  proposedBy: string | null;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
}
