import type { Logger } from 'pino';
import type {
  CalendarLinks,
  ChartLinks,
  Clock,
  ConversationRef,
  Locale,
  Membership,
  Person,
  Role,
  Store,
  StoryboardLinks,
  TimeRules,
} from '../domain';
import type { Translator } from '../i18n/translator';
import type { AttemptLimiter } from './attempt-limiter';
import type { CardAction, Reply, Turn } from './turn';
import type { SeriesAnalysisMemo } from '../reporting/series-analysis-memo';

/** Everything a flow handler gets for one turn. The person is resolved (created on first contact). */
export interface FlowContext {
  turn: Turn;
  person: Person;
  locale: Locale;
  memberships: Membership[];
  store: Store;
  clock: Clock;
  logger: Logger;
  t: Translator;
  charts: ChartLinks;
  /** Signed links to seminars' calendar files; null when the calendar service is not configured. */
  calendar: CalendarLinks | null;
  /** Signed links to seminar storyboards (PNG, PDF); null when the storyboard service is not configured. */
  storyboards: StoryboardLinks | null;
  /** When reminders may arrive and seminars may take place (QUIET_HOURS, CLOSED_DAYS, public holidays). */
  timeRules: TimeRules;
  /** Run chart analyses of recently written series (a write turn grows the series' analysis by its value). */
  analyses: SeriesAnalysisMemo;
  /** The stored conversation of this turn; `teamId` is set for a channel linked with `forbind`. */
  conversationRef: ConversationRef | null;
  /** The flow registry of this conversation (the help flow lists its commands). */
  flows: readonly Flow[];
  /** Failed invite-code joins per person and per source (tenant or workspace); absent in some flow tests. */
  attempts?: AttemptLimiter;
  /** Runs another text or card action in this same turn (resuming after a team was picked). */
  redispatch(input: { text: string } | { action: CardAction }): Promise<Reply[]>;
}

/** A text command: matched when the first word(s) of the text equal one of `words` (case-insensitive). */
export interface Command {
  words: string[];
  /** Shown by `hjælp` to people holding one of `roles` ('none' = in no team yet); usage and description are catalogue keys. */
  help?: { usage: string; description: string; roles: Array<Role | 'none'> };
  handle(ctx: FlowContext, args: string): Promise<Reply[]>;
}

/**
 * Who a card view is for: `viewer` — the person of the turn (their own answer, what they may do; someone the bot
 * does not know, or outside the team, gets no buttons); `everyone` — the shared version of a message many people
 * see (no one's personal state, the buttons anyone may press, each press checked as usual).
 */
export type ViewAudience = 'viewer' | 'everyone';

/**
 * Renders a person-dependent card for its audience (Universal Actions refresh, a shared message). Read-only: it
 * runs in a transaction that is always rolled back, claims nothing and sends nothing. `ctx.person` is a stand-in
 * with no memberships for a viewer the bot does not know and for `everyone`. Null: nothing to show.
 */
export type CardView = (
  ctx: FlowContext,
  data: Record<string, unknown>,
  audience: ViewAudience,
) => Promise<Reply | null>;

/** A feature area of the bot: its text commands and card-action verbs (dotted, e.g. `measurement.add`). */
export interface Flow {
  name: string;
  commands: Command[];
  actions: Record<string, (ctx: FlowContext, data: Record<string, unknown>) => Promise<Reply[]>>;
  /** Views of person-dependent cards by their refresh verb (CardModel.refresh). */
  views?: Record<string, CardView>;
}
