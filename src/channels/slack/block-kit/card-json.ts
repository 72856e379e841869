// Loose readers for filled Adaptive Card JSON. The card was validated where it was built (src/cards);
// here we only read it defensively so one odd element never breaks a whole message.

/** An Adaptive Card element or action as plain JSON. */
export type CardElement = Record<string, unknown> & { type?: string };

/** A string property, or undefined. */
export function str(el: CardElement, key: string): string | undefined {
  const v = el[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** A number property, or undefined. */
export function num(el: CardElement, key: string): number | undefined {
  const v = el[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** An array property of objects (elements, actions, facts, choices), or []. */
export function list(el: CardElement, key: string): CardElement[] {
  const v = el[key];
  return Array.isArray(v) ? v.filter((x): x is CardElement => typeof x === 'object' && x !== null) : [];
}

/** An object property, or undefined. */
export function obj(el: CardElement, key: string): CardElement | undefined {
  const v = el[key];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as CardElement) : undefined;
}

/** True for every `Input.*` element type. */
export function isInput(el: CardElement): boolean {
  return typeof el.type === 'string' && el.type.startsWith('Input.');
}

/** Every input in a card, depth first (body, containers, columns, table cells, Action.ShowCard cards). */
export function collectInputs(card: CardElement): CardElement[] {
  const out: CardElement[] = [];
  const visit = (el: CardElement) => {
    if (el.isVisible === false) return;
    if (isInput(el)) {
      out.push(el);
      return;
    }
    for (const key of ['body', 'items', 'columns', 'rows', 'cells', 'actions'])
      for (const child of list(el, key)) visit(child);
    const shown = obj(el, 'card');
    if (shown) visit(shown);
  };
  visit(card);
  return out;
}
