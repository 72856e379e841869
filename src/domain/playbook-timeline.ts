/** A moment of the clinic playbook relative to the case meeting (negative = before it). */
export interface PlaybookMoment {
  /** Stable key, also the reminder's catalogue key: `-6w`, `-4w`, `-3d`, `1w`, `8w` (6–12), `6m`, `1y`. */
  step: string;
  offset: { days?: number; weeks?: number; months?: number; years?: number };
  /** True for the moments before the case meeting (planning meeting, all-staff meeting, reading time). */
  before: boolean;
}

/**
 * The drejebog's timeline around a case meeting: the leadership planning meeting 4–6 weeks before (reminded at
 * 6 weeks), the all-staff meeting 2–4 weeks before (at 4 weeks), reading time 1–3 days before (at 3 days), the
 * action plan finalised 1 week after, the follow-up meeting `followUpWeeks` (6–12) after, and evaluations after
 * 6 months and 1 year.
 */
export function playbookTimeline(followUpWeeks = 8): PlaybookMoment[] {
  if (!Number.isInteger(followUpWeeks) || followUpWeeks < 6 || followUpWeeks > 12)
    throw new RangeError('follow-up weeks must be 6–12');
  return [
    { step: '-6w', offset: { weeks: -6 }, before: true },
    { step: '-4w', offset: { weeks: -4 }, before: true },
    { step: '-3d', offset: { days: -3 }, before: true },
    { step: '1w', offset: { weeks: 1 }, before: false },
    { step: `${followUpWeeks}w`, offset: { weeks: followUpWeeks }, before: false },
    { step: '6m', offset: { months: 6 }, before: false },
    { step: '1y', offset: { years: 1 }, before: false },
  ];
}

/** Days before a step's deadline its owner is reminded of it. */
export const ACTION_STEP_REMINDER_DAYS_BEFORE = 2;
