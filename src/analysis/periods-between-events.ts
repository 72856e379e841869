/** One value of a g chart built from counts per period: the event's period and the empty periods before it. */
export interface EventGap {
  /** Position (0-based) of the period the event happened in. */
  index: number;
  /** Periods with no event between the previous event and this one (0 for events in the same or the next period). */
  gap: number;
}

/**
 * Turns counts per period into a g chart series: one value per event, the number of whole periods without
 * an event since the previous event. The first event has no previous one and is left out; missing periods
 * are skipped (neither empty nor eventful), so a gap in reporting does not look like a long safe spell.
 */
export function periodsBetweenEvents(counts: readonly (number | null)[]): EventGap[] {
  const out: EventGap[] = [];
  let empty = 0;
  let seen = false;
  counts.forEach((c, index) => {
    if (c === null || !Number.isFinite(c)) return;
    if (c <= 0) {
      empty++;
      return;
    }
    for (let k = 0; k < Math.round(c); k++) {
      if (seen) out.push({ index, gap: k === 0 ? empty : 0 });
      seen = true;
    }
    empty = 0;
  });
  return out;
}
