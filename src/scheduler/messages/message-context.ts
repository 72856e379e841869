import type { ChartLinks } from '../../conversation/flow';
import type { CalendarLinks, Locale, OutgoingMessage, Reminder, Store } from '../../domain';
import type { Translator } from '../../i18n/translator';
import type { TimeRules } from '../time-rules';

/** What a message builder gets: the store, the time and the recipient's language and zone. */
export interface MessageContext {
  store: Store;
  now: Date;
  locale: Locale;
  t: Translator;
  zone: string;
  rules: TimeRules;
  /** Signed chart URLs (sparklines in sponsor summaries); null when charts are not configured. */
  charts: ChartLinks | null;
  /** Signed seminar calendar links ("Føj til kalender"); null when not configured. */
  calendar?: CalendarLinks | null;
}

/** A message to send, a reason not to send it (no longer relevant), or a later moment to look again. */
export type Prepared = { message: OutgoingMessage } | { drop: string } | { retryAt: Date; reason: string };

/** Builds the message of one reminder kind, deciding first whether it is still relevant. */
export type MessageBuilder = (reminder: Reminder, ctx: MessageContext) => Promise<Prepared>;

/** Not sent: `reason` is recorded on the row and logged. */
export const drop = (reason: string): Prepared => ({ drop: reason });

/** True when the reminder is more than `maxMs` overdue (catch-up after downtime gives up on it). */
export const tooLate = (r: Reminder, now: Date, maxMs: number): boolean => now.getTime() - r.dueAt.getTime() > maxMs;
