import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { isDomainError, periodBounds, periodKindOfKey, periodLabel, redactCpr, type Locale } from '../domain';
import type { Translator } from '../i18n/translator';
import { fieldLabels, joinLabels } from './field-labels';
import { refusalField } from './refusal-field';
import type { CardAction, Reply } from './turn';

/**
 * The core's one error sink. A DomainError becomes its catalogue message in the user's language (a refused
 * permission says why), marked as a refusal with its code and, for a submitted card form, the input it is
 * about when known (`action` is the turn's card action). Anything else is logged with a correlation id
 * (CPR-like text redacted) and the user gets a polite message quoting that id.
 */
export function errorReplies(
  err: unknown,
  t: Translator,
  locale: Locale,
  logger: Logger,
  action?: CardAction,
): Reply[] {
  const where = action ? `action ${action.verb}` : 'text';
  if (isDomainError(err)) {
    if (err.code === 'STORE_UNAVAILABLE')
      logger.warn({ where, err: safeError(err.cause) }, 'turn refused: the database is unavailable');
    else logger.debug({ code: err.code, where }, 'turn refused');
    const field = refusalField(err, action);
    const error = { code: err.code, ...(field ? { field } : {}) };
    const reason = err.params.reason;
    if (err.code === 'PERMISSION_DENIED' && typeof reason === 'string')
      return [{ text: t(`permission.${reason}`), error }];
    if (err.code === 'VALIDATION_FAILED') return [{ text: validationText(err.params, t, action), error }];
    return [{ text: t(`error.${err.code}`, readableParams(err.params, locale)), error }];
  }
  const correlationId = randomUUID().slice(0, 8);
  logger.error({ correlationId, where, err: safeError(err) }, 'turn failed');
  return [{ text: t('error.unexpectedWithRef', { ref: correlationId }) }];
}

/** A refused form named field by field with the labels the person saw, never the inputs' ids. */
function validationText(params: Record<string, string | number>, t: Translator, action?: CardAction): string {
  const ids = String(params.fields ?? params.field ?? 'data')
    .split(',')
    .filter(Boolean);
  const labels = fieldLabels(t, ids, action?.verb);
  // Hidden inputs (ids, tokens) or a malformed payload: the form itself is stale or broken.
  if (labels.length === 0) return t('error.VALIDATION_FAILED_FORM');
  const field = joinLabels(t, labels);
  return t(labels.length > 1 ? 'error.VALIDATION_FAILED_FIELDS' : 'error.VALIDATION_FAILED', { field });
}

/** Period keys and ISO dates in error parameters, as people write them: `uge 10 2025`, `02.06.2025`. */
function readableParams(params: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    // Only real period keys: a typed `2026-13` stays as it was written.
    const kind = typeof value === 'string' && periodBounds(value) ? periodKindOfKey(value) : null;
    if (typeof value !== 'string' || !kind) out[key] = value;
    else out[key] = kind === 'week' ? `${periodLabel(value, locale)} ${value.slice(0, 4)}` : periodLabel(value, locale);
  }
  return out;
}

/** Name, message and stack with CPR-like numbers removed (an error message may quote user input). */
function safeError(err: unknown): { name: string; message: string; stack?: string } {
  if (err instanceof Error) {
    return { name: err.name, message: redactCpr(err.message), stack: err.stack ? redactCpr(err.stack) : undefined };
  }
  return { name: 'NonError', message: redactCpr(String(err)) };
}
