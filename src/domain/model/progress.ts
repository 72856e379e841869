import { z } from 'zod';
import { freeText, id } from './common';

/**
 * The IHI assessment scale of an improvement collaborative (Breakthrough Series; also used by Life QI), 0.5–5.0:
 * 0.5 intent to participate, 1.0 team formed, 1.5 planning begun, 2.0 activity but no changes, 2.5 changes tested
 * but no improvement, 3.0 modest improvement, 3.5 improvement, 4.0 significant improvement, 4.5 sustainable
 * improvement, 5.0 outstanding sustainable results.
 */
export const PROGRESS_SCORES = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;
/** One step of the IHI assessment scale. */
export type ProgressScoreValue = (typeof PROGRESS_SCORES)[number];

/** A team's self-assessed progress score for one month, with a one-line reason. */
export interface ProgressScore {
  teamId: string;
  /** `YYYY-MM`. */
  month: string;
  score: ProgressScoreValue;
  reason: string;
  personId: string | null;
  recordedAt: Date;
}

/** Input of a month's progress score; a second score for the same month replaces the first. */
export const progressScoreInput = z.object({
  teamId: id,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'),
  score: z
    .number()
    .refine((v): v is ProgressScoreValue => (PROGRESS_SCORES as readonly number[]).includes(v), 'not on the IHI scale'),
  reason: freeText(300).pipe(z.string().min(1)),
});
/** Input of a month's progress score. */
export type ProgressScoreInput = z.input<typeof progressScoreInput>;

/** The latest score and how it moved from the one before: up, down, same, or null with only one score. */
export function progressTrend(scores: readonly ProgressScore[]): {
  latest: ProgressScore | null;
  previous: ProgressScore | null;
  trend: 'up' | 'down' | 'same' | null;
} {
  const sorted = [...scores].sort((a, b) => a.month.localeCompare(b.month));
  const latest = sorted.at(-1) ?? null;
  const previous = sorted.at(-2) ?? null;
  if (!latest || !previous) return { latest, previous, trend: null };
  return {
    latest,
    previous,
    trend: latest.score > previous.score ? 'up' : latest.score < previous.score ? 'down' : 'same',
  };
}
