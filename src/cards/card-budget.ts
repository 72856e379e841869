/**
 * Largest serialized size (bytes of JSON, UTF-8) of one filled card, the one budget every channel and test uses.
 * Teams' documented bot message limit is ~100 KB today
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages), but older versions
 * of the same page said 40 KB and 28 KB (https://github.com/MicrosoftDocs/msteams-docs/issues/6659, 2022), and a
 * 2025 field report still measured ~40 KB (https://github.com/microsoft/BotFramework-Services/issues/228): so
 * every card stays under the oldest figure, 28 KB.
 */
export const CARD_SIZE_BUDGET_BYTES = 28 * 1024;

/** Serialized size of a filled card in bytes (JSON, UTF-8), as measured against CARD_SIZE_BUDGET_BYTES. */
export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Most top-level actions Teams renders on a card (its host config's maxActions). */
export const MAX_CARD_ACTIONS = 6;
