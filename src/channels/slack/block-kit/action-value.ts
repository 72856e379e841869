import type { CardAction } from '../../../conversation/turn';
import type { CardElement } from './card-json';
import { obj, str } from './card-json';

/**
 * What a Slack button carries in its `value` (≤ 2000 characters, see slack-limits): a card action for the core,
 * a text command (Action.Submit with string data, Home shortcuts), a stored card to open as a modal, or a
 * reference to a payload kept in the store.
 */
export type ButtonPayload =
  | { kind: 'action'; action: CardAction }
  | { kind: 'text'; text: string }
  | { kind: 'form'; key: string }
  /** A payload too long for a button value, kept in the store under `key`. */
  | { kind: 'ref'; key: string };

/** Serialises a button payload; values longer than Slack allows are moved to the store by `fitActionValues`. */
export function encodeButton(payload: ButtonPayload): string {
  switch (payload.kind) {
    case 'action':
      return JSON.stringify({ v: payload.action.verb, d: payload.action.data });
    case 'text':
      return JSON.stringify({ t: payload.text });
    case 'form':
      return JSON.stringify({ f: payload.key });
    case 'ref':
      return JSON.stringify({ r: payload.key });
  }
}

/** Parses a button value written by `encodeButton`; null when it is not ours. */
export function decodeButton(value: string | undefined): ButtonPayload | null {
  if (!value) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const p = parsed as Record<string, unknown>;
  if (typeof p.v === 'string') {
    const data = typeof p.d === 'object' && p.d !== null ? (p.d as Record<string, unknown>) : {};
    return { kind: 'action', action: { verb: p.v, data } };
  }
  if (typeof p.t === 'string') return { kind: 'text', text: p.t };
  if (typeof p.f === 'string') return { kind: 'form', key: p.f };
  if (typeof p.r === 'string') return { kind: 'ref', key: p.r };
  return null;
}

/**
 * The payload of an Adaptive Card action: Action.Execute → its verb and data; Action.Submit → `data.verb`
 * (the cards always carry it) or, for string data, a text command. Null for actions Slack cannot send back.
 */
export function actionPayload(action: CardElement): ButtonPayload | null {
  const data = action.data;
  if (action.type === 'Action.Submit' && typeof data === 'string') return { kind: 'text', text: data };
  const record = (obj(action, 'data') ?? {}) as Record<string, unknown>;
  const verb = str(action, 'verb') ?? (typeof record.verb === 'string' ? record.verb : undefined);
  if (action.type !== 'Action.Execute' && action.type !== 'Action.Submit') return null;
  if (!verb) return null;
  return { kind: 'action', action: { verb, data: record } };
}
