import { createRequire } from 'node:module';
import { renderAdaptiveCard } from '../../src/cards/render-adaptive-card';
import { CARD_SIZE_BUDGET_BYTES } from '../../src/cards/card-budget';
import type { Reply } from '../../src/conversation/turn';

// adaptivecards parses and validates cards without a DOM; its ESM build does not load in Node.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => {
    parse(json: unknown, ctx: unknown): void;
    validateProperties(): { validationEvents: Array<{ message: string }> };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

/** Problems of a reply's card: adaptivecards parse/validation events, unfilled bindings, size over budget. */
export function cardProblems(reply: Reply | undefined): string[] {
  if (!reply?.card) return ['no card'];
  const json = renderAdaptiveCard(reply.card);
  const text = JSON.stringify(json);
  const problems: string[] = [];
  if (text.includes('${')) problems.push(`unfilled binding: ${/\$\{[^}]*\}/.exec(text)?.[0]}`);
  if (Buffer.byteLength(text) >= CARD_SIZE_BUDGET_BYTES) problems.push(`card is ${Buffer.byteLength(text)} bytes`);
  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  card.parse(json, ctx);
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) problems.push(e.message);
  return problems;
}

/** The values of a rendered card's inputs by id (what a client would send back unchanged). */
export function inputsOf(reply: Reply | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
        out[o.id] = o.value ?? '';
      Object.values(o).forEach(walk);
    }
  };
  if (reply?.card) walk(renderAdaptiveCard(reply.card));
  return out;
}

/** The choices of one ChoiceSet input of a rendered card. */
export function choicesOf(reply: Reply | undefined, id: string): string[] {
  let found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Input.ChoiceSet' && o.id === id)
        found = (o.choices as Array<{ value: string }>).map((c) => c.value);
      Object.values(o).forEach(walk);
    }
  };
  if (reply?.card) walk(renderAdaptiveCard(reply.card));
  return found;
}
