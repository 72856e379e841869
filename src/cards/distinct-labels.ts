/**
 * Labels for options shown side by side, told apart by what differs: the leading words every label shares are
 * dropped ("Team Hvidovre", "Team Odense" → "Hvidovre", "Odense"; each keeps at least one word), and a label longer
 * than `maxLength` is shortened with "…" — in the middle when cutting its end would make it look like another one.
 */
export function distinctLabels(labels: readonly string[], maxLength: number): string[] {
  const stripped = labels.length > 1 ? withoutCommonPrefix(labels) : [...labels];
  const ends = stripped.map((label) => shorten(label, maxLength, 'end'));
  const seen = new Map<string, number>();
  for (const label of ends) seen.set(label, (seen.get(label) ?? 0) + 1);
  return ends.map((label, i) =>
    (seen.get(label) ?? 0) > 1 && label !== stripped[i] ? shorten(stripped[i]!, maxLength, 'middle') : label,
  );
}

function withoutCommonPrefix(labels: readonly string[]): string[] {
  const words = labels.map((label) => label.trim().split(/\s+/));
  const shortest = Math.min(...words.map((w) => w.length));
  let common = 0;
  while (common < shortest - 1 && words.every((w) => w[common] === words[0]![common])) common++;
  if (common === 0) return [...labels];
  // What is left may be a bracketed detail or follow a dash: "(3. marts kl. 9)" → "3. marts kl. 9".
  return words.map((w) => tidy(w.slice(common).join(' ')));
}

function tidy(rest: string): string {
  const count = (c: string) => rest.split(c).length - 1;
  const bracketed = /^\((.+)\)$/.exec(rest);
  let out = bracketed && !/[()]/.test(bracketed[1]!) ? bracketed[1]! : rest;
  // The shared words opened a bracket ("Seminar (torsdag …)"): its closing one goes too.
  if (count(')') > count('(') && out.endsWith(')')) out = out.slice(0, -1);
  return out.replace(/^[-–—:,]\s+/, '') || rest;
}

function shorten(label: string, maxLength: number, where: 'end' | 'middle'): string {
  const chars = [...label];
  if (chars.length <= maxLength) return label;
  if (where === 'end')
    return `${chars
      .slice(0, maxLength - 1)
      .join('')
      .trimEnd()}…`;
  const tail = Math.floor((maxLength - 1) / 2);
  const head = maxLength - 1 - tail;
  return `${chars.slice(0, head).join('').trimEnd()}…${chars
    .slice(chars.length - tail)
    .join('')
    .trimStart()}`;
}
