import type { ZodError } from 'zod';
import { DomainError } from '../../domain';
import type { FlowContext } from '../flow';

/**
 * The line shown above a re-displayed admin form: which field is missing or invalid, by its label
 * (`labels` maps input ids to label keys). A CPR-like text is never shown back: it ends the turn with the
 * CPR refusal instead, and nothing is stored.
 */
export function formProblem(ctx: FlowContext, error: ZodError, labels: Record<string, string>): string {
  if (error.issues.some((i) => i.message === 'CPR_NUMBER_REFUSED')) throw new DomainError('CPR_NUMBER_REFUSED');
  const field = String(error.issues[0]?.path[0] ?? '');
  return ctx.t('admin.formProblem', { field: ctx.t(labels[field] ?? `admin.field.${field}`) });
}
