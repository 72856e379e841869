import { z } from 'zod';
import type { CardAction } from '../../../conversation/turn';
import type { CardElement } from './card-json';

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

/** A button value as `encodeButton` writes it. */
const buttonValue = z.union([
  z.object({ v: z.string(), d: z.record(z.unknown()).nullish() }),
  z.object({ t: z.string() }),
  z.object({ f: z.string() }),
  z.object({ r: z.string() }),
]);

/** Parses a button value written by `encodeButton`; null when it is not ours. */
export function decodeButton(value: string | undefined): ButtonPayload | null {
  if (!value) return null;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = buttonValue.safeParse(json);
  if (!parsed.success) return null;
  const p = parsed.data;
  if ('v' in p) return { kind: 'action', action: { verb: p.v, data: p.d ?? {} } };
  if ('t' in p) return { kind: 'text', text: p.t };
  if ('f' in p) return { kind: 'form', key: p.f };
  return { kind: 'ref', key: p.r };
}

/**
 * The Adaptive Card actions Slack can send back, as the filled card has them (Adaptive Cards 1.5 schema:
 * https://adaptivecards.io/explorer/Action.Execute.html, https://adaptivecards.io/explorer/Action.Submit.html).
 */
const sendableAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Action.Execute'), verb: z.string().optional(), data: z.record(z.unknown()).optional() }),
  z.object({ type: z.literal('Action.Submit'), data: z.union([z.string(), z.record(z.unknown())]).optional() }),
]);

/**
 * The payload of an Adaptive Card action: Action.Execute → its verb and data; Action.Submit → `data.verb`
 * (the cards always carry it) or, for string data, a text command. Null for actions Slack cannot send back.
 */
export function actionPayload(action: CardElement): ButtonPayload | null {
  const parsed = sendableAction.safeParse(action);
  if (!parsed.success) return null;
  const a = parsed.data;
  if (typeof a.data === 'string') return { kind: 'text', text: a.data };
  const record = a.data ?? {};
  const verb =
    (a.type === 'Action.Execute' ? a.verb : undefined) ?? (typeof record.verb === 'string' ? record.verb : undefined);
  return verb ? { kind: 'action', action: { verb, data: record } } : null;
}
