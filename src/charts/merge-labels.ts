/** "PDSA 2: one queue" → prefix "PDSA", number 2; labels without a leading "<words> <number>" do not match. */
const NUMBERED = /^(\p{L}[\p{L}\p{M} ]*?)\s*(\d+)(?:$|[\s:.,–—-])/u;

/**
 * One label for several annotations that share a marker group: numbered labels with the same prefix
 * collapse to ranges ("PDSA 2–4", "PDSA 1, 3–4"); anything else is listed with commas.
 */
export function mergeLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  const parsed = labels.map((l) => NUMBERED.exec(l.trim()));
  const prefix = parsed[0]?.[1];
  if (prefix && parsed.every((m) => m?.[1] === prefix)) {
    const nums = [...new Set(parsed.map((m) => Number(m![2])))].sort((a, b) => a - b);
    return `${prefix} ${numberRanges(nums)}`;
  }
  return [...new Set(labels)].join(', ');
}

/** [1, 2, 3, 5] → "1–3, 5". */
function numberRanges(nums: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    out.push(j > i ? `${nums[i]}–${nums[j]}` : `${nums[i]}`);
    i = j + 1;
  }
  return out.join(', ');
}
