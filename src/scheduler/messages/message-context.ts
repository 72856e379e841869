import type {
  CalendarLinks,
  ChartLinks,
  Locale,
  OutgoingMessage,
  Reminder,
  ReminderKind,
  ReminderOf,
  Store,
  StoryboardLinks,
} from '../../domain';
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
  /** Signed storyboard links (the tovholder's collection); null when not configured. */
  storyboards?: StoryboardLinks | null;
}

/** A message to send, a reason not to send it (no longer relevant), or a later moment to look again. */
export type Prepared = { message: OutgoingMessage } | { drop: string } | { retryAt: Date; reason: string };

/** Builds the message of reminder kind `K` (its payload typed), deciding first whether it is still relevant. */
export type MessageBuilder<K extends ReminderKind> = (
  reminder: ReminderOf<K>,
  ctx: MessageContext,
) => Promise<Prepared>;

/** Not sent: `reason` is recorded on the row and logged. */
export const drop = (reason: string): Prepared => ({ drop: reason });

/** True when the reminder is more than `maxMs` overdue (catch-up after downtime gives up on it). */
export const tooLate = (r: Reminder, now: Date, maxMs: number): boolean => now.getTime() - r.dueAt.getTime() > maxMs;
