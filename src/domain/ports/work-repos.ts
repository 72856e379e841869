import type { Actor } from '../model/common';
import type { ActionPlan, ActionPlanInput, ActionStep, ActionStepPatch } from '../model/action-plan';
import type { ActFields, DoFields, PdsaCycle, PdsaPhase, PdsaStartInput, StudyFields } from '../model/pdsa';
import type { AuditEntry } from '../model/delivery';
import type { ProgressScore, ProgressScoreInput } from '../model/progress';

/** Fields written when a cycle leaves a phase. */
export type PdsaAdvance =
  | { from: 'plan'; to: 'do' }
  | { from: 'do'; to: 'study'; fields: DoFields }
  | { from: 'study'; to: 'act'; fields: StudyFields }
  | { from: 'act'; to: 'done'; fields: ActFields };

/**
 * PDSA cycles. Phases move forward (and one step back only to undo an advance at once); `advance` is a conditional
 * update so a double submit changes nothing.
 */
export interface PdsaRepo {
  create(input: PdsaStartInput, actor: Actor): Promise<PdsaCycle>;
  get(id: string): Promise<PdsaCycle | null>;
  /** Moves the cycle from `from` to `to` only if it is still in `from`; otherwise DomainError('PDSA_PHASE_ORDER'). */
  advance(id: string, step: PdsaAdvance, actor: Actor): Promise<PdsaCycle>;
  /**
   * Takes back an `advance` (a typed `fortryd`): back to `step.from`, the fields that advance wrote cleared —
   * only while the cycle is as it left it (in `step.to`, last changed at `advancedAt`); else null. Audited.
   */
  revertAdvance(
    id: string,
    step: Pick<PdsaAdvance, 'from' | 'to'>,
    advancedAt: Date,
    actor: Actor,
  ): Promise<PdsaCycle | null>;
  /** Edits due dates or plan fields without changing the phase. */
  update(
    id: string,
    patch: Partial<Pick<PdsaCycle, 'dueDates' | 'plan' | 'title' | 'ownerId'>>,
    actor: Actor,
  ): Promise<PdsaCycle>;
  listForTeam(teamId: string, phases?: PdsaPhase[]): Promise<PdsaCycle[]>;
  /** Sets (or with null/empty clears) what the team asks of its sponsor on the cycle; CPR-guarded, audited. */
  setSponsorHelp(id: string, text: string | null, actor: Actor): Promise<PdsaCycle>;
}

/** Action plans (handleplaner). */
export interface ActionPlanRepo {
  create(input: ActionPlanInput, actor: Actor): Promise<ActionPlan>;
  get(id: string): Promise<ActionPlan | null>;
  listForTeam(teamId: string): Promise<ActionPlan[]>;
  /** The step with its plan, or null. */
  findStep(stepId: string): Promise<{ plan: ActionPlan; step: ActionStep } | null>;
  /** Marks a step done or open, moves its deadline, adds a comment or sets its sponsor request; audited. */
  updateStep(stepId: string, patch: ActionStepPatch, actor: Actor): Promise<ActionStep>;
}

/** The audit log; repositories append to it in the same transaction as the change. */
export interface AuditRepo {
  list(filter: { entity?: string; entityId?: string; actorId?: string; limit?: number }): Promise<AuditEntry[]>;
}

/** Teams' monthly IHI progress scores. */
export interface ProgressRepo {
  /** Stores the month's score (replacing an earlier one for that month); audited. */
  put(input: ProgressScoreInput, actor: Actor): Promise<ProgressScore>;
  /** The team's scores, oldest month first. */
  listForTeam(teamId: string): Promise<ProgressScore[]>;
}
