import type { Measure } from './model/measures';
import { comparePeriods, currentPeriodKey, localDate, periodBounds, periodKeyOfDate, shiftPeriod } from './periods';

/** What decides which of a team's periods count as missing for one measure. */
export interface MissingScope {
  measure: Pick<Measure, 'period' | 'scope' | 'createdAt'>;
  /** The team's recorded period keys for the measure (any order). */
  recorded: readonly string[];
  /** The instant counted back from: the current period never counts, only closed ones. */
  now: Date;
  zone: string;
  /** How many closed periods back to look (the last closed one included). */
  lookBack: number;
  /** Periods outside the collaborative's dates never count. */
  collaborative?: { startDate: string; endDate: string } | null;
  /** The team's creation: the measure starts for the team no earlier than this (unless it reported earlier). */
  teamCreatedAt?: Date | null;
}

/**
 * The first period whose absence counts as missing: the measure's start for the team (the first whole period after
 * its creation, or the team's when that came later), or the team's first recorded period when that is earlier
 * (history entered afterwards). An optional measure starts at the team's first value; null when it has none.
 */
export function missingFrom(scope: Omit<MissingScope, 'now' | 'lookBack'>): string | null {
  const { measure, recorded, zone } = scope;
  const first = recorded.reduce<string | null>((a, k) => (a === null || comparePeriods(k, a) < 0 ? k : a), null);
  // An optional measure starts for a team when it begins reporting it.
  if (measure.scope === 'optional') return first;
  const created = [measure.createdAt, scope.teamCreatedAt ?? measure.createdAt].sort((a, b) => +a - +b).at(-1)!;
  // The first whole period: a week the measure (or the team) only arrived in the middle of does not count.
  const day = localDate(created, zone);
  const containing = periodKeyOfDate(measure.period, day);
  const start = periodBounds(containing)!.start < day ? shiftPeriod(containing, 1) : containing;
  return first !== null && comparePeriods(first, start) < 0 ? first : start;
}

/**
 * The one count of "Mangler data" (status, overview, sponsor summary, data reminders): closed periods within the
 * look-back window, from the measure's start for the team (`missingFrom`) and within the collaborative, without a
 * recorded value; oldest first.
 */
export function missingPeriods(scope: MissingScope): string[] {
  const from = missingFrom(scope);
  if (from === null || scope.lookBack <= 0) return [];
  const have = new Set(scope.recorded);
  const lastClosed = shiftPeriod(currentPeriodKey(scope.measure.period, scope.now, scope.zone), -1);
  const out: string[] = [];
  for (let i = scope.lookBack - 1; i >= 0; i--) {
    const key = shiftPeriod(lastClosed, -i);
    if (comparePeriods(key, from) < 0 || have.has(key)) continue;
    const bounds = periodBounds(key)!;
    const c = scope.collaborative;
    if (c && (bounds.start < c.startDate || bounds.end > c.endDate)) continue;
    out.push(key);
  }
  return out;
}
