import { z } from 'zod';
import { BASELINE_WHY_MAX, optionalText } from '../../domain';

/** A period key as stored: `2026-W12` (week), `2026-03` (month) or `2026-03-02` (day). */
const periodKey = z
  .string()
  .trim()
  .regex(/^\d{4}-(W\d{2}|\d{2}|\d{2}-\d{2})$/, 'expected a period key such as 2026-W12, 2026-03 or 2026-03-02');

/**
 * A team's frozen baseline and new periods (chart parts) of one measure: `freeze` ends the baseline at that
 * period (limits and median from the values up to and including it), each of `parts` starts a new part.
 */
export const setupBaseline = z
  .object({
    team: z.string().trim().min(1).max(200),
    measure: z.string().trim().min(1).max(40),
    freeze: periodKey.optional(),
    parts: z.array(periodKey).max(20).default([]),
    why: optionalText(BASELINE_WHY_MAX),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (!b.freeze && b.parts.length === 0)
      ctx.addIssue({ code: 'custom', path: ['freeze'], message: 'a baseline needs `freeze` or `parts`' });
  });
/** A parsed baseline entry of the setup file. */
export type SetupBaseline = z.output<typeof setupBaseline>;
