// Slack's size limits, in one place. Each group names its source; re-check when Slack changes a page.

/** Blocks per surface. https://docs.slack.dev/reference/block-kit/blocks ("up to 50 blocks in each message, 100 in modals or Home tabs"). */
export const MAX_BLOCKS = { message: 50, modal: 100, home: 100 } as const;

/** Section block. https://docs.slack.dev/reference/block-kit/blocks/section-block */
export const SECTION = { text: 3000, fields: 10, fieldText: 2000, blockId: 255 } as const;

/** Header block: plain text. https://docs.slack.dev/reference/block-kit/blocks/header-block */
export const HEADER_TEXT = 150;

/** Context block: elements. https://docs.slack.dev/reference/block-kit/blocks/context-block */
export const CONTEXT_ELEMENTS = 10;

/** Actions block: elements. https://docs.slack.dev/reference/block-kit/blocks/actions-block */
export const ACTIONS_ELEMENTS = 25;

/** Image block. https://docs.slack.dev/reference/block-kit/blocks/image-block */
export const IMAGE = { url: 3000, altText: 2000, title: 2000 } as const;

/** Button element. https://docs.slack.dev/reference/block-kit/block-elements/button-element */
export const BUTTON = { text: 75, value: 2000, actionId: 255, url: 3000 } as const;

/** Input block and its elements. https://docs.slack.dev/reference/block-kit/blocks/input-block ,
 * .../block-elements/plain-text-input-element , .../block-elements/select-menu-element ,
 * .../block-elements/checkboxes-element , .../composition-objects/option-object */
export const INPUT = {
  label: 2000,
  hint: 2000,
  placeholder: 150,
  plainTextMax: 3000,
  selectOptions: 100,
  checkboxOptions: 10,
  optionText: 75,
  optionValue: 150,
} as const;

/** Modal view. https://docs.slack.dev/reference/views/modal-views (title/submit/close 24, private_metadata 3000, callback_id 255). */
export const MODAL = { title: 24, submit: 24, close: 24, privateMetadata: 3000, callbackId: 255 } as const;

/** chat.postMessage `text`: "truncated at 40,000 characters"; Slack advises ≤ 4,000. https://docs.slack.dev/reference/methods/chat.postMessage */
export const MESSAGE_TEXT = 4000;

/** A `trigger_id` must be used within 3 seconds (views.open). https://docs.slack.dev/surfaces/modals */
export const TRIGGER_TTL_MS = 3000;
