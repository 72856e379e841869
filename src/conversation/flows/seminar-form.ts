import { DateTime } from 'luxon';
import { z } from 'zod';
import { submitButton } from '../../cards/button';
import { seminarFormCard } from '../../cards/builders/seminar-cards';
import { DEFAULT_SEMINAR_HOURS, type Seminar } from '../../domain';
import type { FlowContext } from '../flow';
import { newNonce } from '../nonce';
import { parseData } from '../parse-data';
import type { Reply } from '../turn';
import { parseScope, scopeChoices, scopeValue, type Scope } from './coordinator-scopes';
import { seminarTimeRefusal } from './seminar-time-check';

/** The form's fields as typed (all text). */
export interface SeminarFormValues {
  title: string;
  date: string;
  time: string;
  endTime: string;
  location: string;
  onlineUrl: string;
  materialUrl: string;
  agenda: string;
  offsets: string;
  scope: string;
}

const text = (max: number) =>
  z
    .union([z.string().max(max), z.number()])
    .optional()
    .transform((v) => (v === undefined ? '' : String(v).trim()));
const formSchema = z.object({
  seminarId: z.string().min(1).max(64).optional(),
  nonce: z.string().min(1).max(64).optional(),
  title: text(200),
  date: text(20),
  time: text(10),
  endTime: text(10),
  location: text(300),
  onlineUrl: text(2000),
  materialUrl: text(2000),
  agenda: text(4000),
  offsets: text(60),
  scope: text(200),
});

/** A checked form: the seminar input, or a catalogue key saying what is wrong (with the values to show again). */
export type ParsedSeminarForm =
  | { ok: true; seminarId?: string; nonce?: string; scope: Scope; input: SeminarFormInput }
  | { ok: false; problem: string; translated?: boolean; seminarId?: string; values: SeminarFormValues };

/** What a valid form gives the store. */
export interface SeminarFormInput {
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  materialUrl: string | null;
  agenda: string | null;
  reminderDaysBefore: number[];
}

const DEFAULT_OFFSETS = [14, 2, 0];
const EMPTY: SeminarFormValues = {
  title: '',
  date: '',
  time: '',
  endTime: '',
  location: '',
  onlineUrl: '',
  materialUrl: '',
  agenda: '',
  offsets: '',
  scope: '',
};
const WEB_LINK = /^https?:\/\/\S+$/i;

/** The form values of an existing seminar, in the reader's time zone. */
export function valuesOf(s: Seminar, zone: string): SeminarFormValues {
  const d = DateTime.fromJSDate(s.startsAt, { zone });
  return {
    title: s.title,
    date: d.toISODate()!,
    time: d.toFormat('HH:mm'),
    endTime: DateTime.fromJSDate(s.endsAt, { zone }).toFormat('HH:mm'),
    location: s.location ?? '',
    onlineUrl: s.onlineUrl ?? '',
    materialUrl: s.materialUrl ?? '',
    agenda: s.agenda ?? '',
    offsets: [...s.reminderDaysBefore].sort((a, b) => b - a).join(', '),
    scope: scopeValue(s),
  };
}

/** The seminar card form (new or edit), with the values given. */
export function seminarForm(
  ctx: FlowContext,
  scopes: Array<Scope & { label: string }>,
  values: Partial<SeminarFormValues>,
  seminarId?: string,
): Reply {
  const { t } = ctx;
  const label = (k: string) => t(`seminar.form.${k}`);
  const card = seminarFormCard({
    title: t(seminarId ? 'seminar.form.titleEdit' : 'seminar.form.titleNew'),
    text: t('seminar.form.text'),
    labels: {
      title: label('title'),
      date: label('date'),
      time: label('time'),
      endTime: label('endTime'),
      location: label('location'),
      onlineUrl: label('link'),
      materialUrl: label('material'),
      agenda: label('agenda'),
      offsets: label('offsets'),
      scope: label('scope'),
      required: t('seminar.form.required'),
      offsetsError: t('seminar.error.offsets'),
    },
    values: { ...EMPTY, offsets: DEFAULT_OFFSETS.join(', '), scope: scopes[0] ? scopeValue(scopes[0]) : '', ...values },
    scopes: scopeChoices(scopes),
    buttons: [
      submitButton(t('seminar.form.submit'), 'seminar.save', {
        ...(seminarId ? { seminarId } : {}),
        nonce: newNonce(),
      }),
    ],
  });
  return { card };
}

/** Checks a submitted form: date and time in the person's zone, in the future; offsets; a place or https link; a scope. */
export function parseSeminarForm(ctx: FlowContext, data: Record<string, unknown>): ParsedSeminarForm {
  const f = parseData(formSchema, data);
  const { seminarId: _id, nonce: _nonce, ...values } = f;
  const fail = (problem: string, translated = false): ParsedSeminarForm => ({
    ok: false,
    problem,
    translated,
    seminarId: f.seminarId,
    values,
  });
  if (!f.title) return fail('seminar.error.title');
  const startsAt = parseMoment(f.date, f.time, ctx.person.timeZone);
  if (!startsAt) return fail('seminar.error.date');
  if (startsAt <= ctx.clock.now()) return fail('seminar.error.past');
  const endsAt = f.endTime
    ? parseMoment(f.date, f.endTime, ctx.person.timeZone)
    : new Date(startsAt.getTime() + DEFAULT_SEMINAR_HOURS * 3_600_000);
  if (!endsAt) return fail('seminar.error.endTime');
  const refusal = seminarTimeRefusal(ctx, startsAt, endsAt);
  if (refusal) return fail(refusal, true);
  const offsets = f.offsets ? parseOffsets(f.offsets) : DEFAULT_OFFSETS;
  if (!offsets) return fail('seminar.error.offsets');
  if (f.onlineUrl && !WEB_LINK.test(f.onlineUrl)) return fail('seminar.error.link');
  if (f.materialUrl && !WEB_LINK.test(f.materialUrl)) return fail('seminar.error.material');
  if (!f.location && !f.onlineUrl) return fail('seminar.error.place');
  const scope = parseScope(f.scope);
  if (!scope) return fail('seminar.error.scope');
  const input: SeminarFormInput = {
    title: f.title,
    startsAt,
    endsAt,
    location: f.location || null,
    onlineUrl: f.onlineUrl || null,
    materialUrl: f.materialUrl || null,
    agenda: f.agenda || null,
    reminderDaysBefore: offsets,
  };
  return { ok: true, seminarId: f.seminarId, nonce: f.nonce, scope, input };
}

/** "14, 2, 0" → [14, 2, 0]; null unless 1–6 whole numbers of days from 0 to 365. */
export function parseOffsets(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 6 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const days = [...new Set(parts.map(Number))];
  return days.every((d) => d <= 365) ? days.sort((a, b) => b - a) : null;
}

/** A date (2026-11-27, 27-11-2026 or 27.11.2026) and a time (10:00 or 10.00) in `zone`; null when unreadable. */
export function parseMoment(date: string, time: string, zone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) ?? /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(date);
  const tm = /^(\d{1,2})[:.](\d{2})$/.exec(time);
  if (!d || !tm) return null;
  const [y, mo, da] = d[1]!.length === 4 ? [d[1], d[2], d[3]] : [d[3], d[2], d[1]];
  const at = DateTime.fromObject(
    { year: Number(y), month: Number(mo), day: Number(da), hour: Number(tm[1]), minute: Number(tm[2]) },
    { zone },
  );
  return at.isValid ? at.toJSDate() : null;
}
