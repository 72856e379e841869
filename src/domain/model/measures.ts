import { z } from 'zod';
import { freeText, id, optionalText } from './common';

export const MEASURE_TYPES = ['outcome', 'process', 'balancing'] as const;
/** count = events; proportion = numerator/denominator; rate = events per exposure; value = a continuous value. */
export const UNIT_KINDS = ['count', 'proportion', 'rate', 'value'] as const;
export const PERIOD_KINDS = ['day', 'week', 'month'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;
/**
 * The control chart a measure is shown with beside the run chart: 'auto' lets the data decide (qicharts2
 * names otherwise: g/t for rare events, pp/up/ip for Laney's prime charts with very large denominators).
 */
export const MEASURE_CHARTS = ['auto', 'c', 'g', 'p', 'pp', 'u', 'up', 'i', 'ip', 't'] as const;
export type MeasureChart = (typeof MEASURE_CHARTS)[number];
/** The control charts that fit each unit kind ('auto' fits every kind). */
export const CHARTS_FOR_UNIT: Record<UnitKind, readonly MeasureChart[]> = {
  count: ['auto', 'c', 'g'],
  proportion: ['auto', 'p', 'pp'],
  rate: ['auto', 'u', 'up'],
  value: ['auto', 'i', 'ip', 't'],
};
/** Whether a shared measure is mandatory for every team, optional, or belongs to one team. */
export const MEASURE_SCOPES = ['mandatory', 'optional', 'team'] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A measure (indikator) that teams report one value for per period. */
export interface Measure {
  id: string;
  collaborativeId: string;
  /** Set for a team-specific measure; null for a measure shared by the collaborative. */
  teamId: string | null;
  /** Short code for quick typing, e.g. OP24; unique within a collaborative, case-insensitive. */
  code: string;
  name: string;
  type: (typeof MEASURE_TYPES)[number];
  unitKind: UnitKind;
  /** Display unit, e.g. "%", "min", "pr. 1000 sengedage". */
  unit: string | null;
  direction: (typeof DIRECTIONS)[number];
  /** Goal in display units (a proportion goal is a percentage 0–100). */
  goal: number | null;
  period: PeriodKind;
  scope: (typeof MEASURE_SCOPES)[number];
  dataSource: string | null;
  /** Multiplier for display of rates (e.g. 1000 for "per 1000 bed days"); 1 otherwise. */
  multiplier: number;
  /** The control chart to show; 'auto' = suggested from the unit kind and the data. */
  chart: MeasureChart;
  createdAt: Date;
}

/** Input for creating or updating a measure. */
export const measureInput = z.object({
  id: id.optional(),
  collaborativeId: id,
  teamId: id.nullish().transform((v) => v ?? null),
  code: z
    .string()
    .trim()
    .min(1)
    .max(16)
    .regex(/^[\p{L}\p{N}_-]+$/u, 'letters, digits, _ or -'),
  name: freeText(200).pipe(z.string().min(1)),
  type: z.enum(MEASURE_TYPES),
  unitKind: z.enum(UNIT_KINDS),
  unit: optionalText(40),
  direction: z.enum(DIRECTIONS),
  goal: z
    .number()
    .finite()
    .nullish()
    .transform((v) => v ?? null),
  period: z.enum(PERIOD_KINDS).default('week'),
  scope: z.enum(MEASURE_SCOPES).default('mandatory'),
  dataSource: optionalText(500),
  multiplier: z.number().positive().finite().default(1),
  chart: z.enum(MEASURE_CHARTS).default('auto'),
});
export type MeasureInput = z.input<typeof measureInput>;

/** One value of one measure for one team and period. */
export interface Measurement {
  id: string;
  measureId: string;
  teamId: string;
  /** Period key: `2026-11-23` (day), `2026-W47` (ISO week), `2026-11` (month). */
  periodKey: string;
  /** First day of the period, `YYYY-MM-DD`; sorts chronologically. */
  periodStart: string;
  /** The plotted value: the count, numerator/denominator (0–1) for proportion and rate, or the value. */
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: Date;
}

/** Input for recording a measurement; value rules are checked by `checkMeasurementValues`. */
export const measurementInput = z.object({
  measureId: id,
  teamId: id,
  periodKey: z.string().min(4).max(12),
  value: z
    .number()
    .finite()
    .nullish()
    .transform((v) => v ?? null),
  numerator: z
    .number()
    .finite()
    .nullish()
    .transform((v) => v ?? null),
  denominator: z
    .number()
    .finite()
    .nullish()
    .transform((v) => v ?? null),
  note: optionalText(1000),
});
export type MeasurementInput = z.input<typeof measurementInput>;
