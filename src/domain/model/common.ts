import { z } from 'zod';
import { containsCpr } from '../cpr';

/** The five Danish regions; a team may instead belong to a municipality (`kommune`). */
export const REGIONS = ['hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland', 'kommune'] as const;
/** A region key, see REGIONS. */
export type Region = (typeof REGIONS)[number];

/** Supported user locales; Danish is the default. */
export const LOCALES = ['da', 'en'] as const;
/** A user locale. */
export type Locale = (typeof LOCALES)[number];

/** Chat platforms the bot speaks on; `local` is the web playground. */
export const PLATFORMS = ['teams', 'slack', 'local'] as const;
/** A chat platform. */
export type Platform = (typeof PLATFORMS)[number];

/** Who did a write and when; every mutating store call takes one and records it in the audit log. */
export interface Actor {
  /** Person id, or null for the system (scheduler, CLI import). */
  personId: string | null;
  at: Date;
}

/** Free text from a user: trimmed, bounded, and refused when it holds a CPR number. */
export function freeText(max = 4000) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !containsCpr(s), { message: 'CPR_NUMBER_REFUSED' });
}

/** Optional free text: empty strings become null. */
export function optionalText(max = 4000) {
  return freeText(max)
    .nullish()
    .transform((s) => (s ? s : null));
}

/** A calendar date `YYYY-MM-DD` (no time zone). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** An id (UUID v4 or a readable seed id). */
export const id = z.string().min(1).max(64);
