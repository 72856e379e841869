import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { isDomainError, periodKindOfKey, periodLabel, redactCpr, type Locale } from '../domain';
import type { Translator } from '../i18n/translator';
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
    return [{ text: t(`error.${err.code}`, readableParams(err.params, locale)), error }];
  }
  const correlationId = randomUUID().slice(0, 8);
  logger.error({ correlationId, where, err: safeError(err) }, 'turn failed');
  return [{ text: t('error.unexpectedWithRef', { ref: correlationId }) }];
}

/** Period keys and ISO dates in error parameters, as people write them: `uge 10 2025`, `02.06.2025`. */
function readableParams(params: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    const kind = typeof value === 'string' ? periodKindOfKey(value) : null;
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
