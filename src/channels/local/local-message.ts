import { z } from 'zod';
import type { Turn } from '../../conversation/turn';

/** The local channel's identity namespace: platform and tenant are both 'local'; the user id is the person id. */
export const LOCAL_TENANT = 'local';

/** Body of `POST /api/local/messages`: who speaks, and either text or a card action's data (inputs merged in). */
export const localMessageBody = z
  .object({
    /** The demo person's id (also their local chat identity). */
    user: z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]{1,64}$/, 'printable ASCII without spaces'),
    text: z.string().max(4000).optional(),
    /** Card action data: `verb` plus the action's data and the card's input values. */
    action: z
      .object({ verb: z.string().trim().min(1).max(100) })
      .passthrough()
      .optional(),
    /** Optional client request id; a retry with the same id is handled once. */
    id: z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]{1,100}$/, 'printable ASCII without spaces')
      .optional(),
    locale: z.enum(['da', 'en']).optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.action === undefined), {
    message: 'give exactly one of "text" or "action"',
  });
export type LocalMessageBody = z.output<typeof localMessageBody>;

/** Converts a playground message into a platform-neutral turn (convert and forward, nothing else). */
export function localTurn(body: LocalMessageBody): Turn {
  const turn: Turn = {
    channel: 'local',
    identity: { platform: 'local', tenantId: LOCAL_TENANT, userId: body.user },
    conversation: {
      id: `local:${body.user}`,
      kind: 'personal',
      tenantId: LOCAL_TENANT,
      reference: { user: body.user },
    },
  };
  if (body.locale) turn.localeHint = body.locale;
  if (body.id) turn.requestId = `local:${body.user}:${body.id}`;
  if (body.text !== undefined) turn.text = body.text;
  if (body.action) {
    const { verb, ...data } = body.action;
    turn.action = { verb, data };
  }
  return turn;
}
