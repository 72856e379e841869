/**
 * Largest serialized size (bytes of JSON, UTF-8) of one filled card. Teams' documented bot message limit is
 * ~100 KB today (msteams-docs bots/how-to/format-your-bot-messages.md, ms.date 03/11/2025), but older
 * versions of the same page said 40 KB and 28 KB (MicrosoftDocs/msteams-docs #6659, 2022), and a 2025 field
 * report still measured ~40 KB (microsoft/BotFramework-Services #228): PLATFORM-NOTES §2 says design for
 * 28–40 KB, so every card stays under 28 KB.
 */
export const CARD_SIZE_BUDGET_BYTES = 28 * 1024;

/** Most top-level actions Teams renders on a card (its host config's maxActions). */
export const MAX_CARD_ACTIONS = 6;
