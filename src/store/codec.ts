// Conversions between domain values and the portable column encodings described in tables.ts.
import { randomUUID } from 'node:crypto';

/** A Date as stored: ISO-8601 UTC text. */
export function iso(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('invalid date');
  return d.toISOString();
}

/** A nullable Date as stored. */
export function isoOrNull(d: Date | null | undefined): string | null {
  return d ? iso(d) : null;
}

/** A stored instant back to a Date. */
export function date(s: string): Date {
  return new Date(s);
}

/** A nullable stored instant back to a Date. */
export function dateOrNull(s: string | null): Date | null {
  return s === null ? null : new Date(s);
}

/** JSON text for a value. */
export function toJson(v: unknown): string {
  return JSON.stringify(v);
}

/** JSON text for a nullable value (null stays SQL NULL). */
export function toJsonOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : JSON.stringify(v);
}

/** Parses stored JSON text. */
export function fromJson<T>(s: string): T {
  return JSON.parse(s) as T;
}

/** Parses nullable stored JSON text. */
export function fromJsonOrNull<T>(s: string | null): T | null {
  return s === null ? null : (JSON.parse(s) as T);
}

/** Key for case-insensitive lookups (Unicode-aware, unlike SQLite's lower()). */
export function foldKey(s: string): string {
  return s.trim().toLocaleLowerCase('da');
}

/** A new random id. */
export function newId(): string {
  return randomUUID();
}
