import { z } from 'zod';
import type { Translator } from '../../../i18n/translator';
import { list, num, str, type CardElement } from './card-json';
import { INPUT_ACTION_ID } from './render-inputs';

/** Slack's `view.state.values`: block_id → action_id → the element's state. */
export type ViewStateValues = Record<string, Record<string, SlackElementState>>;

/** The state of one input element as Slack sends it in view_submission / block_actions. */
export interface SlackElementState {
  type?: string;
  value?: string | null;
  selected_date?: string | null;
  selected_time?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: Array<{ value?: string }> | null;
}

/** Input values as an Adaptive Card submit would send them (strings keyed by input id), or field errors. */
export type FormResult = { ok: true; values: Record<string, string> } | { ok: false; errors: Record<string, string> };

const NUMBER = /^[-−]?\d+(?:[.,]\d+)?$/;

/** The raw string of one element state (multi-selects comma-joined, like Adaptive Cards). */
function rawValue(state: SlackElementState | undefined, el: CardElement): string | undefined {
  if (!state) return undefined;
  if (el.type === 'Input.Toggle') {
    const on = str(el, 'valueOn') ?? 'true';
    return (state.selected_options ?? []).some((o) => o.value === on) ? on : (str(el, 'valueOff') ?? 'false');
  }
  const v =
    state.value ??
    state.selected_date ??
    state.selected_time ??
    state.selected_option?.value ??
    (state.selected_options ? state.selected_options.map((o) => o.value ?? '').join(',') : undefined);
  return v === null || v === undefined || v.trim() === '' ? undefined : v.trim();
}

/** A zod schema for one Adaptive Card input's string value, with messages from the catalogue. */
function fieldSchema(el: CardElement, t: Translator): z.ZodType<string | undefined, z.ZodTypeDef, string | undefined> {
  const own = str(el, 'errorMessage');
  const msg = (key: string, params?: Record<string, string | number>) => own ?? t(key, params);
  let value: z.ZodType<string, z.ZodTypeDef, string> = z.string();
  if (el.type === 'Input.Number') {
    const min = num(el, 'min');
    const max = num(el, 'max');
    let n = z.number();
    if (min !== undefined) n = n.min(min, msg('slack.field.min', { min }));
    if (max !== undefined) n = n.max(max, msg('slack.field.max', { max }));
    value = z
      .string()
      .regex(NUMBER, msg('slack.field.number'))
      .transform((s) => Number(s.replace(',', '.').replace('−', '-')))
      .pipe(n)
      .transform(String);
  } else if (el.type === 'Input.Text') {
    const maxLength = num(el, 'maxLength');
    let s = z.string();
    if (maxLength !== undefined) s = s.max(maxLength, msg('slack.field.tooLong', { max: maxLength }));
    const regex = str(el, 'regex');
    value = regex ? s.regex(new RegExp(regex), msg('slack.field.pattern')) : s;
  } else if (el.type === 'Input.Date') {
    value = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg('slack.field.date'));
  } else if (el.type === 'Input.ChoiceSet') {
    const allowed = new Set(list(el, 'choices').map((c) => str(c, 'value')));
    value = z.string().refine((s) => s.split(',').every((v) => allowed.has(v)), msg('slack.field.choice'));
  }
  return el.isRequired === true
    ? z.string({ required_error: msg('slack.field.required') }).pipe(value)
    : value.optional();
}

/**
 * Reads a modal's values for the card's inputs and validates them at the edge (required, numbers with
 * decimal comma, min/max, length, pattern, dates, choices). Errors are keyed by block_id = input id, so
 * Slack shows each next to its field and keeps everything the user typed.
 */
export function readFormValues(inputs: CardElement[], state: ViewStateValues, t: Translator): FormResult {
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const el of inputs) {
    const id = str(el, 'id');
    if (!id) continue;
    const parsed = fieldSchema(el, t).safeParse(rawValue(state[id]?.[INPUT_ACTION_ID], el));
    if (!parsed.success) errors[id] = parsed.error.issues[0]?.message ?? t('slack.field.pattern');
    else if (parsed.data !== undefined) values[id] = parsed.data;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}
