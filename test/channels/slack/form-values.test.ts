import { describe, expect, it } from 'vitest';
import { readFormValues } from '../../../src/channels/slack/block-kit/form-values';
import { createTranslator } from '../../../src/i18n/translator';

const da = createTranslator('da');
const en = createTranslator('en');
const inputs = [
  {
    type: 'Input.Text',
    id: 'value',
    isRequired: true,
    regex: '^\\s*\\d+([.,]\\d+)?\\s*$',
    errorMessage: 'Skriv et tal, fx 42',
  },
  { type: 'Input.Number', id: 'count', min: 0, max: 100 },
  { type: 'Input.Text', id: 'note', maxLength: 5 },
  { type: 'Input.Date', id: 'date', isRequired: true },
  { type: 'Input.ChoiceSet', id: 'measureId', choices: [{ title: 'OP24', value: 'm1' }] },
  {
    type: 'Input.ChoiceSet',
    id: 'tags',
    isMultiSelect: true,
    choices: [
      { title: 'A', value: 'a' },
      { title: 'B', value: 'b' },
    ],
  },
  { type: 'Input.Toggle', id: 'done', valueOn: 'ja', valueOff: 'nej' },
];
const text = (value: string | null) => ({ v: { type: 'plain_text_input', value } });

describe('form values from a Slack modal, validated at the edge', () => {
  it('returns Adaptive-Card-style string values: decimal comma normalised, multi-selects joined, toggles as valueOn/valueOff', () => {
    const result = readFormValues(
      inputs,
      {
        value: text(' 3,5 '),
        count: text('7,5'),
        note: text('ok'),
        date: { v: { type: 'datepicker', selected_date: '2026-11-26' } },
        measureId: { v: { type: 'static_select', selected_option: { value: 'm1' } } },
        tags: { v: { type: 'multi_static_select', selected_options: [{ value: 'a' }, { value: 'b' }] } },
        done: { v: { type: 'checkboxes', selected_options: [] } },
      },
      da,
    );
    expect(result).toEqual({
      ok: true,
      values: { value: '3,5', count: '7.5', note: 'ok', date: '2026-11-26', measureId: 'm1', tags: 'a,b', done: 'nej' },
    });
  });

  it('reports each invalid field next to it (by input id) and nothing for the valid ones', () => {
    const result = readFormValues(
      inputs,
      {
        value: text('mange'),
        count: text('101'),
        note: text('for lang tekst'),
        date: { v: { type: 'datepicker', selected_date: null } },
        measureId: { v: { type: 'static_select', selected_option: { value: 'forged' } } },
      },
      da,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        value: 'Skriv et tal, fx 42',
        count: da('slack.field.max', { max: 100 }),
        note: da('slack.field.tooLong', { max: 5 }),
        date: da('slack.field.required'),
        measureId: da('slack.field.choice'),
      },
    });
  });

  it('says what is wrong with a number in the user language', () => {
    expect(readFormValues([{ type: 'Input.Number', id: 'n', min: 1 }], { n: text('abc') }, en)).toEqual({
      ok: false,
      errors: { n: en('slack.field.number') },
    });
    expect(readFormValues([{ type: 'Input.Number', id: 'n', min: 1 }], { n: text('0') }, en)).toEqual({
      ok: false,
      errors: { n: en('slack.field.min', { min: 1 }) },
    });
    expect(readFormValues([{ type: 'Input.Number', id: 'n' }], {}, en)).toEqual({ ok: true, values: {} });
  });
});
