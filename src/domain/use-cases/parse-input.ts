import type { z } from 'zod';
import { DomainError } from '../errors';

/**
 * Parses input with a domain zod schema. A failed CPR refinement becomes DomainError('CPR_NUMBER_REFUSED'),
 * any other failure DomainError('VALIDATION_FAILED', { field }) naming the first bad field. The offending
 * value is never put in the error.
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const cpr = r.error.issues.find((i) => i.message === 'CPR_NUMBER_REFUSED');
  if (cpr) throw new DomainError('CPR_NUMBER_REFUSED', { field: cpr.path.join('.') });
  const first = r.error.issues[0];
  throw new DomainError('VALIDATION_FAILED', { field: first ? first.path.join('.') : '' });
}
