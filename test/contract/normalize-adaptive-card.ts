// Reduces an Adaptive Card to what a user sees and can press, so one contract suite can check replies
// from every channel that answers with Adaptive Cards (local, Teams).

/** A button the user can press, with the data a press sends (Action.Execute's verb merged into data). */
export interface NormalizedAction {
  title: string;
  data: Record<string, unknown>;
}

/** A reply as the user perceives it: all visible text (incl. card TextBlocks and FactSets) and the buttons. */
export interface NormalizedReply {
  text: string;
  actions: NormalizedAction[];
  /** Images shown (chart URLs with alt text), where the channel can tell. */
  images?: Array<{ url: string; alt: string }>;
  /** Input ids of forms in the reply (card inputs whose values a press merges into data). */
  inputs?: string[];
  /** Web links in the text (Markdown in Adaptive Cards, `<url|text>` in Slack), e.g. "Føj til kalender". */
  links?: Array<{ title: string; url: string }>;
}

/** The `[title](url)` links of Markdown text. */
export function markdownLinksOf(text: string): Array<{ title: string; url: string }> {
  return [...text.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)].map((m) => ({ title: m[1]!, url: m[2]! }));
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/** Visible text, pressable actions, images and input ids of an Adaptive Card (ShowCard bodies included). */
export function normalizeAdaptiveCard(card: unknown): Required<NormalizedReply> {
  const out: Required<NormalizedReply> = { text: '', actions: [], images: [], inputs: [], links: [] };
  const lines: string[] = [];
  const walkElements = (items: unknown): void => {
    for (const el of arr(items)) if (isObj(el) && el.isVisible !== false) walkElement(el);
  };
  const walkActions = (actions: unknown): void => {
    for (const a of arr(actions)) {
      if (!isObj(a)) continue;
      const title = str(a.title) ?? '';
      if (a.type === 'Action.Submit' || a.type === 'Action.Execute') {
        const data = isObj(a.data) ? { ...a.data } : {};
        delete data.msteams;
        if (a.type === 'Action.Execute' && typeof a.verb === 'string') data.verb = a.verb;
        out.actions.push({ title, data });
      } else if (a.type === 'Action.ShowCard' && isObj(a.card)) {
        walkElements(a.card.body);
        walkActions(a.card.actions);
      }
    }
  };
  const walkElement = (el: Json): void => {
    switch (el.type) {
      case 'TextBlock':
        if (str(el.text)) lines.push(str(el.text)!);
        break;
      case 'RichTextBlock':
        lines.push(
          arr(el.inlines)
            .map((i) => (isObj(i) ? (str(i.text) ?? '') : (str(i) ?? '')))
            .join(''),
        );
        break;
      case 'FactSet':
        for (const f of arr(el.facts)) if (isObj(f)) lines.push(`${str(f.title) ?? ''}: ${str(f.value) ?? ''}`);
        break;
      case 'Image':
        if (str(el.url)) out.images.push({ url: str(el.url)!, alt: str(el.altText) ?? '' });
        break;
      case 'ImageSet':
        walkElements(el.images);
        break;
      case 'ColumnSet':
        walkElements(el.columns);
        break;
      case 'Column':
      case 'Container':
        walkElements(el.items);
        break;
      case 'Table':
        for (const row of arr(el.rows))
          if (isObj(row)) for (const cell of arr(row.cells)) if (isObj(cell)) walkElements(cell.items);
        break;
      case 'ActionSet':
        walkActions(el.actions);
        break;
      default:
        if (typeof el.type === 'string' && el.type.startsWith('Input.')) {
          if (str(el.id)) out.inputs.push(str(el.id)!);
          if (str(el.label)) lines.push(str(el.label)!);
          if (el.type === 'Input.Toggle' && str(el.title)) lines.push(str(el.title)!);
          for (const c of arr(el.choices)) if (isObj(c) && str(c.title)) lines.push(str(c.title)!);
        }
    }
  };
  if (isObj(card)) {
    walkElements(card.body);
    walkActions(card.actions);
  }
  out.text = lines.join('\n');
  out.links = markdownLinksOf(out.text);
  return out;
}

/** Normalizes one `{text?, card?}` reply (the local API's and the Teams activity's shape). */
export function normalizeTextAndCard(reply: { text?: string; card?: unknown }): NormalizedReply {
  const card = reply.card ? normalizeAdaptiveCard(reply.card) : null;
  const text = [reply.text, card?.text].filter((s): s is string => Boolean(s)).join('\n');
  return {
    text,
    actions: card?.actions ?? [],
    images: card?.images ?? [],
    inputs: card?.inputs ?? [],
    links: card?.links ?? [],
  };
}
