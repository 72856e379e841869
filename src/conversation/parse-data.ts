import type { z } from 'zod';
import { DomainError } from '../domain';

/**
 * Parses a card action's data with a zod schema at the edge. A CPR-like free text gives
 * DomainError('CPR_NUMBER_REFUSED'); any other problem DomainError('VALIDATION_FAILED', { field, fields }): the
 * first bad input and every bad input (comma-separated ids), so the refusal can name each by its label.
 */
export function parseData<S extends z.ZodTypeAny>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data as z.output<S>;
  const issues = result.error.issues;
  if (issues.some((i) => i.message === 'CPR_NUMBER_REFUSED')) throw new DomainError('CPR_NUMBER_REFUSED');
  const fields = [...new Set(issues.map((i) => String(i.path[0] ?? 'data')))];
  throw new DomainError('VALIDATION_FAILED', { field: issues[0]?.path.join('.') || 'data', fields: fields.join(',') });
}
