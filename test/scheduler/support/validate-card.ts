import { createRequire } from 'node:module';
import { renderAdaptiveCard } from '../../../src/cards/render-adaptive-card';
import type { CardModel } from '../../../src/cards/card-model';

// adaptivecards parses and validates cards without a DOM; its ESM build does not load in Node.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => {
    parse(json: unknown, ctx: unknown): void;
    validateProperties(): { validationEvents: Array<{ message: string }> };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

/** Problems of a filled card: parse and validation events of the adaptivecards library, and unfilled `${…}`. */
export function cardProblems(model: Pick<CardModel, 'template' | 'data'>): string[] {
  const json = renderAdaptiveCard({ ...model, summary: '' });
  const problems: string[] = [];
  const text = JSON.stringify(json);
  if (text.includes('${')) problems.push(`unfilled binding in ${model.template}: ${/\$\{[^}]*\}/.exec(text)?.[0]}`);
  if ((json as { version?: string }).version !== '1.5') problems.push('version is not 1.5');
  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  card.parse(json, ctx);
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) problems.push(e.message);
  return problems;
}

/** The filled Adaptive Card JSON of a model. */
export function filled(model: Pick<CardModel, 'template' | 'data'>): Record<string, unknown> {
  return renderAdaptiveCard({ ...model, summary: '' });
}
