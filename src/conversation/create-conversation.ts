import type { Logger } from 'pino';
import type { CalendarLinks, ChartLinks, Clock, Locale, Store, StoryboardLinks, TimeRules } from '../domain';
import { createTranslator, type Translator } from '../i18n/translator';
import { errorReplies } from './error-sink';
import { createAttemptLimiter } from './attempt-limiter';
import { checkTurn, cleanTurn } from './guard-turn';
import type { Flow, FlowContext, ViewAudience } from './flow';
import { flows as defaultFlows } from './flows';
import { unrecognised } from './flows/help-flow';
import { identifyPerson, loadTurnStart, rememberConversation, startMemberships } from './identify-person';
import { createRouter } from './route-turn';
import type { Reply, Turn } from './turn';
import { flowServices } from './flow-services';
import { createCardViewer } from './view-card';
import { createSeriesAnalysisMemo, type SeriesAnalysisMemo } from '../reporting/series-analysis-memo';

/** How long a platform request id is remembered (Slack retries for minutes, Teams within seconds). */
const REQUEST_ID_TTL_MS = 24 * 3600 * 1000;
/** Window in which failed invite-code joins are counted (see onboarding-flow.ts for the limits). */
const JOIN_WINDOW_MS = 15 * 60 * 1000;
/** Longest text the bot reads; longer messages are refused politely. */
const MAX_TEXT_LENGTH = 4000;

/** The platform-neutral core: one turn in, replies out. */
export interface Conversation {
  handle(turn: Turn): Promise<Reply[]>;
  /**
   * Renders a person-dependent card (CardModel.refresh) for the person of `turn` (or, with `everyone`, as the shared
   * message many see); the turn's action is the card's view verb and data. Read-only: writes nothing, claims no
   * request id, sends nothing. Null: no card to show.
   */
  view(turn: Turn, audience?: ViewAudience): Promise<Reply | null>;
}

/** Dependencies of the core; `flows` defaults to the registry in flows/index.ts. */
export interface ConversationDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  charts: ChartLinks;
  flows?: Flow[];
  /** Seminar calendar links ("Føj til kalender"); without them seminar cards have no calendar link. */
  calendar?: CalendarLinks;
  /** Storyboard links for the tovholder's `storyboards`; without them the command says so. */
  storyboards?: StoryboardLinks;
  /** Default DEFAULT_TIME_RULES; main passes the configured quiet hours and closed days. */
  timeRules?: TimeRules;
  /** Run chart analyses of recently written series; default a memo of this core's own. */
  analyses?: SeriesAnalysisMemo;
}

/**
 * Builds the conversation core. Each turn: resolve the person (created on first contact), remember the
 * conversation for proactive messages, refuse CPR-like text, then — in one transaction, so a refused
 * write leaves nothing behind — claim the request id (a retry is handled once) and route the text or
 * card action to a flow, exactly once. A refusal (DomainError) rolls the turn back and is answered from the
 * catalogue; a flow's own `ctx.store.transaction` is a savepoint (see the Store port). Errors end in one sink.
 */
export function createConversation(given: ConversationDeps): Conversation {
  const deps = { ...given, analyses: given.analyses ?? createSeriesAnalysisMemo() };
  const { store, clock, logger } = deps;
  const flows = deps.flows ?? defaultFlows;
  const router = createRouter(flows, unrecognised);
  const translators: Record<Locale, Translator> = { da: createTranslator('da'), en: createTranslator('en') };
  const attempts = createAttemptLimiter({ windowMs: JOIN_WINDOW_MS });
  const view = createCardViewer({ ...deps, flows });

  return {
    view,
    async handle(input) {
      let turn = input;
      let locale: Locale = turn.localeHint ?? 'da';
      let t = translators[locale];
      try {
        const now = clock.now();
        turn = cleanTurn(input);
        const start = await loadTurnStart(store, turn);
        const person = await identifyPerson(store, turn, now, t, start);
        locale = person.locale;
        t = translators[locale];
        checkTurn(turn);
        if ((turn.text?.length ?? 0) > MAX_TEXT_LENGTH) return [{ text: t('common.tooLong') }];
        const conversationRef = await rememberConversation(store, turn, person, now, start.conversationRef);
        const key = turn.requestId ? `turn:${turn.channel}:${turn.conversation.tenantId}:${turn.requestId}` : null;
        return await store.transaction(
          async (tx) => {
            // A retry answers what the first attempt answered (saved with the claim, in the same transaction).
            if (key && !(await tx.idempotency.claim(key, now, REQUEST_ID_TTL_MS))) {
              const first = (await tx.idempotency.replies<Reply[]>(key)) ?? [];
              return first.map((reply) => ({ ...reply, replayed: true as const }));
            }
            const ctx: FlowContext = {
              turn,
              person,
              locale: person.locale,
              memberships: await startMemberships(start, person, tx.memberships),
              ...flowServices(deps, tx),
              t,
              conversationRef,
              flows,
              attempts,
              redispatch: (input) => router.dispatch(ctx, input),
            };
            const replies = await router.dispatch(
              ctx,
              turn.action ? { action: turn.action } : { text: turn.text ?? '' },
            );
            if (key) await tx.idempotency.saveReplies(key, replies);
            return replies;
          },
          { referenceVersion: start.referenceVersion },
        );
      } catch (err) {
        return errorReplies(err, t, locale, logger, turn.action);
      }
    },
  };
}
