import type { types } from '@slack/bolt';
import { INPUT, SECTION } from '../slack-limits';
import { list, num, str, type CardElement } from './card-json';
import { toPlain, truncate } from './mrkdwn';

/** The element's `action_id` inside every input block; the block_id is the Adaptive Card input id. */
export const INPUT_ACTION_ID = 'v';

type Option = types.PlainTextOption;

function option(choice: CardElement): Option | null {
  const value = str(choice, 'value');
  if (value === undefined || value.length > INPUT.optionValue) return null;
  return {
    text: { type: 'plain_text', text: truncate(toPlain(str(choice, 'title') ?? value) || value, INPUT.optionText) },
    value,
  };
}

function placeholder(el: CardElement): { placeholder?: types.PlainTextElement } {
  const p = str(el, 'placeholder');
  return p ? { placeholder: { type: 'plain_text', text: truncate(p, INPUT.placeholder) } } : {};
}

/** The Slack element for one Adaptive Card input. Numbers use a text field so "3,5" survives to our own validation. */
function inputElement(el: CardElement): types.InputBlockElement {
  const value = str(el, 'value');
  switch (el.type) {
    case 'Input.Date':
      return {
        type: 'datepicker',
        action_id: INPUT_ACTION_ID,
        ...(value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { initial_date: value } : {}),
        ...placeholder(el),
      };
    case 'Input.Time':
      return {
        type: 'timepicker',
        action_id: INPUT_ACTION_ID,
        ...(value && /^\d{2}:\d{2}$/.test(value) ? { initial_time: value } : {}),
        ...placeholder(el),
      };
    case 'Input.Toggle': {
      const on = str(el, 'valueOn') ?? 'true';
      const opt: Option = {
        text: { type: 'plain_text', text: truncate(toPlain(str(el, 'title') ?? on), INPUT.optionText) },
        value: on,
      };
      return {
        type: 'checkboxes',
        action_id: INPUT_ACTION_ID,
        options: [opt],
        ...(value === on ? { initial_options: [opt] } : {}),
      };
    }
    case 'Input.ChoiceSet': {
      const options = list(el, 'choices')
        .map(option)
        .filter((o): o is Option => o !== null)
        .slice(0, INPUT.selectOptions);
      if (options.length === 0) break;
      const chosen = new Set((value ?? '').split(',').filter(Boolean));
      const initial = options.filter((o) => chosen.has(o.value!));
      const expanded = str(el, 'style')?.toLowerCase() === 'expanded' && options.length <= INPUT.checkboxOptions;
      if (el.isMultiSelect === true) {
        return expanded
          ? {
              type: 'checkboxes',
              action_id: INPUT_ACTION_ID,
              options,
              ...(initial.length ? { initial_options: initial } : {}),
            }
          : {
              type: 'multi_static_select',
              action_id: INPUT_ACTION_ID,
              options,
              ...(initial.length ? { initial_options: initial } : {}),
              ...placeholder(el),
            };
      }
      return expanded
        ? {
            type: 'radio_buttons',
            action_id: INPUT_ACTION_ID,
            options,
            ...(initial[0] ? { initial_option: initial[0] } : {}),
          }
        : {
            type: 'static_select',
            action_id: INPUT_ACTION_ID,
            options,
            ...(initial[0] ? { initial_option: initial[0] } : {}),
            ...placeholder(el),
          };
    }
  }
  const maxLength = Math.min(num(el, 'maxLength') ?? INPUT.plainTextMax, INPUT.plainTextMax);
  return {
    type: 'plain_text_input',
    action_id: INPUT_ACTION_ID,
    multiline: el.isMultiline === true,
    ...(value ? { initial_value: truncate(value, maxLength) } : {}),
    ...(el.type === 'Input.Text' ? { max_length: maxLength } : {}),
    ...placeholder(el),
  };
}

/** An input block for an Adaptive Card input; `block_id` = the input's id, so values and errors map back. */
export function renderInput(el: CardElement): types.InputBlock | null {
  const id = str(el, 'id');
  if (!id || id.length > SECTION.blockId) return null;
  const label = str(el, 'label') ?? str(el, 'placeholder') ?? str(el, 'title') ?? id;
  return {
    type: 'input',
    block_id: id,
    label: { type: 'plain_text', text: truncate(toPlain(label), INPUT.label) },
    optional: el.isRequired !== true,
    element: inputElement(el),
  };
}
