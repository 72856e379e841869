/** Cuts `text` to at most `max` characters (UTF-16 units, as Slack counts), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Do not leave half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Escapes the three characters Slack's text formats treat as control characters. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Converts the Markdown subset Adaptive Card TextBlocks support (`**bold**`, `_italic_`, `[text](url)`,
 * lists) to Slack mrkdwn (`*bold*`, `_italic_`, `<url|text>`), escaping user text.
 */
export function toMrkdwn(markdown: string): string {
  const links: string[] = [];
  // Pull links out first so their URLs are not escaped or re-formatted.
  let text = markdown.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_m, label: string, url: string) => {
    links.push(`<${url}|${escapeSlack(label).replace(/\|/g, '¦')}>`);
    return `\u0000${links.length - 1}\u0000`;
  });
  text = escapeSlack(text)
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/^(\s*)[-*] /gm, '$1• ');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks the links pulled out above
  return text.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => links[Number(i)]!);
}

/** Plain text from the same Markdown subset (for plain_text fields such as headers, labels and buttons). */
export function toPlain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1$2');
}
