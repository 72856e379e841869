import type { Command, Flow, FlowContext } from './flow';
import { ReplyInterrupt } from './reply-interrupt';
import type { CardAction, Reply } from './turn';

/** What to do with text nobody claimed, or a verb nobody handles: the help flow's answer. */
export type Fallback = (ctx: FlowContext, text: string) => Promise<Reply[]>;

/** Routes text to the flow command with the longest matching first words, and card actions to their verb. */
export interface Router {
  dispatch(ctx: FlowContext, input: { text: string } | { action: CardAction }): Promise<Reply[]>;
}

interface Entry {
  words: string[];
  command: Command;
}

/** Builds the router over a registry of flows (a plain array; later flows cannot shadow earlier verbs). */
export function createRouter(flows: Flow[], fallback: Fallback): Router {
  const byFirstWord = new Map<string, Entry[]>();
  const actions = new Map<string, Flow['actions'][string]>();
  for (const flow of flows) {
    for (const command of flow.commands) {
      for (const phrase of command.words) {
        const words = splitWords(phrase.toLowerCase());
        const first = words[0];
        if (!first) continue;
        byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { words, command }]);
      }
    }
    for (const [verb, handler] of Object.entries(flow.actions)) {
      if (!actions.has(verb)) actions.set(verb, handler);
    }
  }
  for (const entries of byFirstWord.values()) entries.sort((a, b) => b.words.length - a.words.length);

  async function run(ctx: FlowContext, input: { text: string } | { action: CardAction }): Promise<Reply[]> {
    if ('action' in input) {
      const handler = actions.get(input.action.verb);
      return handler ? handler(ctx, input.action.data) : fallback(ctx, '');
    }
    const original = splitWords(input.text.replace(/^\//, ''));
    const lower = original.map((w) => w.toLowerCase());
    for (const entry of byFirstWord.get(lower[0] ?? '') ?? []) {
      if (entry.words.every((w, i) => lower[i] === w)) {
        return entry.command.handle(ctx, original.slice(entry.words.length).join(' '));
      }
    }
    return fallback(ctx, input.text);
  }

  return {
    async dispatch(ctx, input) {
      try {
        return await run(ctx, input);
      } catch (err) {
        if (err instanceof ReplyInterrupt) return err.replies;
        throw err;
      }
    },
  };
}

/** Splits on any whitespace, dropping empty words. */
export function splitWords(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}
