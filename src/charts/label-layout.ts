/** Every k-th index so labels of `labelWidth` px fit `slotWidth` px apart; counted back from the last so the latest period is labelled. */
export function thinLabels(count: number, slotWidth: number, labelWidth: number, gap = 8): number[] {
  if (count === 0) return [];
  const every = Math.max(1, Math.ceil((labelWidth + gap) / Math.max(slotWidth, 0.01)));
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i -= every) out.push(i);
  return out.reverse();
}

/** A label at the right edge wanting to sit at `y`. */
export interface EdgeLabel {
  y: number;
  text: string;
  fill: string;
}

/** Spreads labels vertically so baselines are at least `minGap` apart, keeping them within [top, bottom]. */
export function spreadLabels<T extends EdgeLabel>(labels: T[], minGap: number, top: number, bottom: number): T[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y).map((l) => ({ ...l }));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (sorted[i]!.y - prev.y < minGap) sorted[i]!.y = prev.y + minGap;
  }
  const last = sorted[sorted.length - 1];
  if (last && last.y > bottom) {
    let shift = last.y - bottom;
    for (let i = sorted.length - 1; i >= 0 && shift > 0; i--) {
      const l = sorted[i]!;
      l.y -= shift;
      const prev = sorted[i - 1];
      shift = prev ? Math.max(0, prev.y + minGap - l.y) : 0;
    }
  }
  for (const l of sorted) l.y = Math.max(top, l.y);
  return sorted;
}
