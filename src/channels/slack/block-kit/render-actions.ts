import type { types } from '@slack/bolt';
import { ACTIONS_ELEMENTS, BUTTON } from '../slack-limits';
import { actionPayload, encodeButton, type ButtonPayload } from './action-value';
import { str, type CardElement } from './card-json';
import { toPlain, truncate } from './mrkdwn';

/** Prefix of the `action_id` of every button that carries a ButtonPayload (the listener matches it). */
export const ACTION_ID_PREFIX = 'fb:';

/** How a card's actions are split when the card has inputs: those that send the inputs go to the modal. */
export interface ActionFilter {
  /** Skip actions that gather input values (they belong in the modal). */
  skipGathering: boolean;
}

/** True when pressing the action sends the card's input values (Action.Submit/Execute unless associatedInputs is none). */
export function gathersInputs(action: CardElement): boolean {
  return (
    (action.type === 'Action.Submit' || action.type === 'Action.Execute') &&
    str(action, 'associatedInputs')?.toLowerCase() !== 'none'
  );
}

/** A Slack button for an arbitrary payload. */
export function payloadButton(
  title: string,
  payload: ButtonPayload,
  index: number,
  style?: 'primary' | 'danger',
): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(toPlain(title) || '…', BUTTON.text), emoji: true },
    action_id: `${ACTION_ID_PREFIX}${index}`,
    value: encodeButton(payload),
    ...(style ? { style } : {}),
  };
}

/** Converts Adaptive Card actions to Slack buttons (Action.OpenUrl → link button); unsupported ones are dropped. */
export function renderButtons(
  actions: CardElement[],
  counter: { next: number },
  filter?: ActionFilter,
): types.Button[] {
  const buttons: types.Button[] = [];
  for (const action of actions) {
    if (action.isEnabled === false) continue;
    const title = str(action, 'title') ?? '';
    const styleName = str(action, 'style')?.toLowerCase();
    const style = styleName === 'positive' ? 'primary' : styleName === 'destructive' ? 'danger' : undefined;
    if (action.type === 'Action.OpenUrl') {
      const url = str(action, 'url');
      if (!url || !/^https?:\/\//.test(url) || url.length > BUTTON.url) continue;
      buttons.push({
        type: 'button',
        text: { type: 'plain_text', text: truncate(toPlain(title) || url, BUTTON.text), emoji: true },
        action_id: `link:${counter.next++}`,
        url,
      });
      continue;
    }
    if (filter?.skipGathering && gathersInputs(action)) continue;
    const payload = actionPayload(action);
    if (!payload) continue;
    buttons.push(payloadButton(title, payload, counter.next++, style));
  }
  return buttons;
}

/** Actions blocks for a list of buttons, at most ACTIONS_ELEMENTS per block. */
export function actionsBlocks(buttons: types.Button[]): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += ACTIONS_ELEMENTS) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + ACTIONS_ELEMENTS) });
  }
  return blocks;
}
