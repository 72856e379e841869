const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in SVG/XML content and attribute values; drops control characters XML forbids. */
export function escapeXml(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the control characters XML 1.0 forbids
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Formats a coordinate with at most two decimals to keep the SVG small and deterministic. */
export function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}
