import { periodBounds } from '../../src/domain';
import type { ConversationFixture } from '../support/conversation-fixture';

/** Stores a weekly series (week 40 onwards) for a measure of Team Hvidovre, as an import would. */
export async function seedWeeks(
  f: ConversationFixture,
  measure: keyof ConversationFixture['measures'],
  points: Array<number | [numerator: number, denominator: number]>,
): Promise<void> {
  await f.store.measurements.putMany(
    points.map((p, i) => {
      const periodKey = `2026-W${String(40 + i).padStart(2, '0')}`;
      const [numerator, denominator] = Array.isArray(p) ? p : [null, null];
      return {
        measureId: f.measures[measure].id,
        teamId: f.hvidovre.id,
        periodKey,
        periodStart: periodBounds(periodKey)!.start,
        value: Array.isArray(p) ? p[0] / p[1] : p,
        numerator,
        denominator,
        note: null,
      };
    }),
    { personId: null, at: f.clock.now() },
  );
}
