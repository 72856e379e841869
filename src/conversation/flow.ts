import type { Logger } from 'pino';
import type { Clock, Locale, Membership, Person, Store } from '../domain';
import type { Translator } from '../i18n/translator';
import type { Reply, Turn } from './turn';

/** Builds signed chart URLs for cards (the chart service implements it). */
export interface ChartLinks {
  url(req: { measureId: string; teamId: string; chart: string; size: 'full' | 'sparkline' }): string;
}

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
}

/** A text command: matched when the first word(s) of the text equal one of `words` (case-insensitive). */
export interface Command {
  words: string[];
  handle(ctx: FlowContext, args: string): Promise<Reply[]>;
}

/** A feature area of the bot: its text commands and card-action verbs (dotted, e.g. `measurement.add`). */
export interface Flow {
  name: string;
  commands: Command[];
  actions: Record<string, (ctx: FlowContext, data: Record<string, unknown>) => Promise<Reply[]>>;
}
