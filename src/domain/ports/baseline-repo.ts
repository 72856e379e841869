import type { Actor } from '../model/common';
import type { BaselineEvent, BaselineEventInput, BaselineProposal } from '../model/baseline';

/** Baseline freezes, chart parts, and the proposals to split a chart. */
export interface BaselineRepo {
  /** Stores a freeze or part (audited). */
  add(input: BaselineEventInput, actor: Actor): Promise<BaselineEvent>;
  /** The team's active (not undone) events on the measure, oldest first. */
  active(teamId: string, measureId: string): Promise<BaselineEvent[]>;
  /** Every event, undone ones too, oldest first (export). */
  all(): Promise<BaselineEvent[]>;
  /** Marks the latest active event of the team's measure undone; null when there is none. */
  undoLatest(teamId: string, measureId: string, actor: Actor): Promise<BaselineEvent | null>;
  /** The proposal for a split at `periodKey`, if one was ever made. */
  proposal(teamId: string, measureId: string, periodKey: string): Promise<BaselineProposal | null>;
  /** Records a proposal once; false when one already exists for that team, measure and period. */
  propose(teamId: string, measureId: string, periodKey: string, actor: Actor): Promise<boolean>;
  /** Accepts or declines an open proposal; false when it was already decided (or never made). */
  decide(
    teamId: string,
    measureId: string,
    periodKey: string,
    status: 'accepted' | 'declined',
    actor: Actor,
  ): Promise<boolean>;
}
