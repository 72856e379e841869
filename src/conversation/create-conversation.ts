import type { Logger } from 'pino';
import { containsCpr, DEFAULT_TIME_RULES, DomainError, type CalendarLinks, type ChartLinks, type Clock, type Locale, type Repos, type Store, type StoryboardLinks, type TimeRules } from '../domain';
import { createTranslator, type Translator } from '../i18n/translator';
import { errorReplies } from './error-sink';
import type { Flow, FlowContext } from './flow';
import { flows as defaultFlows } from './flows';
import { unrecognised } from './flows/help-flow';
import { identifyPerson, rememberConversation } from './identify-person';
import { createRouter } from './route-turn';
import type { Reply, Turn } from './turn';

/** How long a platform request id is remembered (Slack retries for minutes, Teams within seconds). */
const REQUEST_ID_TTL_MS = 24 * 3600 * 1000;
/** Longest text the bot reads; longer messages are refused politely. */
const MAX_TEXT_LENGTH = 4000;

/** The platform-neutral core: one turn in, replies out. */
export interface Conversation {
  handle(turn: Turn): Promise<Reply[]>;
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
}

/**
 * Builds the conversation core. Each turn: resolve the person (created on first contact), remember the
 * conversation for proactive messages, refuse CPR-like text, then — in one transaction, so a refused
 * write leaves nothing behind — claim the request id (a retry is handled once) and route the text or
 * card action to a flow. Errors end in one sink.
 */
export function createConversation(deps: ConversationDeps): Conversation {
  const { store, clock, logger, charts } = deps;
  const flows = deps.flows ?? defaultFlows;
  const router = createRouter(flows, unrecognised);
  const translators: Record<Locale, Translator> = { da: createTranslator('da'), en: createTranslator('en') };

  return {
    async handle(turn) {
      let locale: Locale = turn.localeHint ?? 'da';
      let t = translators[locale];
      try {
        const now = clock.now();
        const person = await identifyPerson(store, turn, now, t);
        locale = person.locale;
        t = translators[locale];
        if ((turn.text?.length ?? 0) > MAX_TEXT_LENGTH) return [{ text: t('common.tooLong') }];
        const cpr = cprSource(turn);
        if (cpr !== null) throw new DomainError('CPR_NUMBER_REFUSED', cpr ? { field: cpr } : {});
        const conversationRef = await rememberConversation(store, turn, person, now);
        const run = () =>
          store.transaction(async (tx) => {
            if (turn.requestId) {
              const key = `turn:${turn.channel}:${turn.conversation.tenantId}:${turn.requestId}`;
              if (!(await tx.idempotency.claim(key, now, REQUEST_ID_TTL_MS))) return [];
            }
            const nested = { failed: false };
            const ctx: FlowContext = {
              turn,
              person,
              locale: person.locale,
              memberships: await tx.memberships.listForPerson(person.id),
              store: scopedStore(store, tx, nested),
              clock,
              logger,
              t,
              charts,
              calendar: deps.calendar ?? null,
              storyboards: deps.storyboards ?? null,
              timeRules: deps.timeRules ?? DEFAULT_TIME_RULES,
              conversationRef,
              flows,
              redispatch: (input) => router.dispatch(ctx, input),
            };
            const replies = await router.dispatch(ctx, turn.action ? { action: turn.action } : { text: turn.text ?? '' });
            if (nested.failed) throw new NestedRollback();
            return replies;
          });
        try {
          return await run();
        } catch (err) {
          // A use case rolled back its own part of the turn's transaction: roll back the whole turn, run it again.
          if (err instanceof NestedRollback) return await run();
          throw err;
        }
      } catch (err) {
        return errorReplies(err, t, locale, logger, turn.action);
      }
    },
  };
}

/** Keys of generated identifiers: a random UUID can contain ten digits that look like a CPR number. */
const ID_KEY = /(^id$|Ids?$|^nonce$|^token$|^verb$)/;

/** Where the turn carries CPR-like text: '' for its text, else the card action's data key holding it; null when nowhere. */
function cprSource(turn: Turn): string | null {
  if (turn.text && containsCpr(turn.text)) return '';
  const typed = Object.entries(turn.action?.data ?? {}).find(([key, v]) => !ID_KEY.test(key) && anyTypedString(v));
  return typed ? typed[0] : null;
}

function anyTypedString(value: unknown): boolean {
  if (typeof value === 'string') return containsCpr(value);
  if (Array.isArray(value)) return value.some(anyTypedString);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => !ID_KEY.test(key) && anyTypedString(v));
  }
  return false;
}

/** A nested transaction failed after a use case caught its error: the outer transaction must not commit. */
class NestedRollback extends Error {}

/**
 * The store as flows see it inside the turn's transaction. Nested `transaction` calls reuse it; when one
 * throws, `nested.failed` is set, because its writes can only be undone by rolling back the whole turn.
 */
function scopedStore(store: Store, tx: Repos, nested: { failed: boolean }): Store {
  return new Proxy(tx as Store, {
    get(target, prop, receiver) {
      if (prop === 'transaction') {
        return async <T>(fn: (repos: Repos) => Promise<T>) => {
          try {
            return await fn(tx);
          } catch (err) {
            nested.failed = true;
            throw err;
          }
        };
      }
      if (prop === 'dialect') return store.dialect;
      if (prop === 'close') return () => store.close();
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}
