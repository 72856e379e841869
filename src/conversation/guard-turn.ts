import { containsCpr, CPR_REDACTED, depthOf, DomainError, findCprPaths, redactCpr, redactDeep } from '../domain';
import type { Turn } from './turn';

/** Card action data nests no deeper than this (our cards submit flat objects; Slack state two levels). */
const MAX_ACTION_DEPTH = 8;
/** Keys of generated identifiers: checked against ID_PATTERN instead of the CPR guard (a UUID may hold ten digits). */
const ID_KEY = /(^id$|Ids?$|^nonce$|^token$|^verb$)/;
/** What an identifier, nonce, token, verb or platform request id may look like: printable ASCII, no spaces, bounded. */
const ID_PATTERN = /^[\x21-\x7e]{1,512}$/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** C0 control characters but tab, line feed and carriage return; DEL; C1 controls. NUL breaks PostgreSQL text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what the guard removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * The core's entrance cleaning of every turn, whatever the channel: control characters (NUL first) are
 * removed from everything the user typed, so SQLite and PostgreSQL store the same text; display name, email
 * and the stored reference are redacted (they come from the platform, and the person must still be able to
 * use the bot). Never throws; `checkTurn` then refuses what cannot be used.
 */
export function cleanTurn(turn: Turn): Turn {
  const clean: Turn = { ...turn, conversation: { ...turn.conversation } };
  if (turn.text !== undefined) clean.text = stripControl(turn.text);
  const name = turn.displayName === undefined ? '' : redactCpr(stripControl(turn.displayName));
  if (name.replaceAll(CPR_REDACTED, '').trim()) clean.displayName = name;
  else delete clean.displayName;
  if (turn.email !== undefined && (containsCpr(turn.email) || !turn.email.includes('@'))) delete clean.email;
  if (turn.conversation.reference) clean.conversation.reference = redactNames(turn.conversation.reference);
  if (turn.action) {
    const tooDeep = depthOf(turn.action.data, MAX_ACTION_DEPTH + 1) > MAX_ACTION_DEPTH;
    clean.action = {
      verb: turn.action.verb,
      data: tooDeep ? TOO_DEEP : (stripControlDeep(turn.action.data) as Record<string, unknown>),
    };
  }
  return clean;
}

/**
 * Refuses a cleaned turn the core must not act on: card data that nests too deeply or carries an identifier
 * outside ID_PATTERN (VALIDATION_FAILED); a CPR-like number in the text, any card field or key, an id or the
 * request id (CPR_NUMBER_REFUSED, naming the field only when its key is safe to echo).
 */
export function checkTurn(turn: Turn): void {
  if (turn.requestId !== undefined) checkId(turn.requestId, 'requestId');
  if (turn.text && containsCpr(turn.text)) throw new DomainError('CPR_NUMBER_REFUSED', {});
  if (!turn.action) return;
  if (turn.action.data === TOO_DEEP) throw new DomainError('VALIDATION_FAILED', { field: 'data' });
  checkId(turn.action.verb, 'verb');
  checkIds(turn.action.data);
  const cpr = findCprPaths(turn.action.data, (key) => ID_KEY.test(key))[0];
  if (cpr) {
    const key = cpr[0];
    throw new DomainError('CPR_NUMBER_REFUSED', typeof key === 'string' && !containsCpr(key) ? { field: key } : {});
  }
}

const TOO_DEEP: Record<string, unknown> = Object.freeze({});

/** Removes control characters that no chat client sends on purpose (NUL, escape codes). */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

function stripControlDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControl(value);
  if (Array.isArray(value)) return value.map(stripControlDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripControl(k), stripControlDeep(v)]));
  }
  return value;
}

function checkIds(data: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(data)) {
    if (!ID_KEY.test(key)) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) if (typeof v === 'string' && v !== '') checkId(v, key);
  }
}

function checkId(value: string, field: string): void {
  if (!ID_PATTERN.test(value)) throw new DomainError('VALIDATION_FAILED', { field });
  if (containsCpr(value.replace(UUID, ''))) throw new DomainError('CPR_NUMBER_REFUSED', {});
}

/** A platform reference keeps its ids (opaque, needed to write back); only names and titles are redacted. */
function redactNames(reference: Record<string, unknown>): Record<string, unknown> {
  return redactDeep(reference, (key) => /name|title/i.test(key)) as Record<string, unknown>;
}
