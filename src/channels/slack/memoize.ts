import type { RenderCard } from '../../cards/card-model';

/** A reply's card is looked at twice (does it hold a form? then Block Kit): fill each model's template once. */
export function renderOnce(render: RenderCard): RenderCard {
  const filled = new WeakMap<object, Record<string, unknown>>();
  return (model) => {
    let card = filled.get(model);
    if (!card) {
      card = render(model);
      filled.set(model, card);
    }
    return card;
  };
}

/** Caches a successful result; a failure is not cached, so the next call tries again (e.g. Slack was briefly down). */
export function memoizeOnSuccess<T>(fn: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    cached ??= fn().catch((err: unknown) => {
      cached = undefined;
      throw err;
    });
    return cached;
  };
}
