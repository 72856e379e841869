import { App, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { Clock, Notifier, Store } from '../../domain';
import type { Conversation } from '../../conversation/create-conversation';
import type { ChartRequest } from '../../conversation/turn';
import type { Route } from '../../server/http-server';
import { FORM_ANSWER_BUDGET_MS } from './form-answer';
import { createHomeTab } from './home-tab';
import { listenForActions } from './listen-actions';
import { listenForForms } from './listen-forms';
import { listenForHome } from './listen-home';
import { listenForMessages } from './listen-messages';
import { realSleep, type Sleep } from './post-message';
import type { SlackContext } from './run-turn';
import { installGuards } from './slack-guards';
import { slackLogger } from './slack-logger';
import type { RenderCard } from '../../cards/card-model';
import { memoizeOnSuccess, renderOnce } from './memoize';
import { createSlackNotifier } from './slack-notifier';
import { SlackHttpReceiver } from './slack-receiver';
import { createSlackState } from './slack-state';
import { createSlackUsers } from './slack-users';
import { reachSlackPeople, type SlackReachRun } from './slack-reach';

/** A Web API call that takes longer than this is abandoned (web-api's default is to wait forever). */
const API_TIMEOUT_MS = 10_000;

/** The one URL for events, slash commands and interactivity (manifest request_url). */
export const SLACK_EVENTS_PATH = '/slack/events';

/** What the Slack channel needs from the composition root. */
export interface SlackChannelDeps {
  config: Config;
  conversation: Conversation;
  store: Store;
  clock: Clock;
  logger: Logger;
  renderCard: RenderCard;
  /** Renders a chart PNG for upload (null when there is nothing to draw). */
  chartPng: (req: ChartRequest) => Promise<Buffer | null>;
  /** Waiting for Retry-After; tests pass one that records instead of waiting. */
  sleep?: Sleep;
  /** How long a form submission waits for the core before acking plainly (default FORM_ANSWER_BUDGET_MS). */
  formAnswerBudgetMs?: number;
}

/** The running Slack channel. */
export interface SlackChannel {
  /** `POST /slack/events` (empty in Socket Mode). */
  routes: Route[];
  notifier: Notifier;
  /** Resolves when every Slack request received so far is fully handled (HTTP mode; tests and shutdown). */
  idle(): Promise<void>;
  /** The rollout: opens a DM with every listed person who has none yet (users.lookupByEmail, conversations.open). */
  reach(): Promise<SlackReachRun>;
  stop(): Promise<void>;
}

/**
 * The Slack channel on Bolt: converts Slack payloads to the core's turns and card models to Block Kit.
 * HTTP mode mounts a signature-verifying receiver on our server; with SLACK_APP_TOKEN it uses Socket Mode
 * (no public URL, for hospital networks). SLACK_API_URL points the Web API client elsewhere.
 */
export async function createSlackChannel(deps: SlackChannelDeps): Promise<SlackChannel> {
  const { config, store, clock } = deps;
  const { botToken, signingSecret, appToken } = config.slack;
  if (!botToken) throw new Error('SLACK_BOT_TOKEN is required for the Slack channel');
  const logger = deps.logger.child({ channel: 'slack' });
  const slackApiUrl = config.slack.apiUrl ?? 'https://slack.com/api/';
  // rejectRateLimitedCalls: a 429 must not pause the client's shared queue (that would hold back every
  // channel); post-message.ts retries just the limited call after Retry-After.
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl,
    timeout: API_TIMEOUT_MS,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
  };
  const boltLogger = slackLogger(logger);
  const botIdentity = memoizeOnSuccess(async () => {
    const auth = await new webApi.WebClient(botToken, { ...clientOptions, logger: boltLogger }).auth.test();
    return { botId: auth.bot_id, botUserId: auth.user_id, teamId: auth.team_id };
  });

  const httpReceiver = appToken
    ? undefined
    : new SlackHttpReceiver({ signingSecret: requireSecret(signingSecret), clock, logger, path: SLACK_EVENTS_PATH });
  const receiver =
    httpReceiver ??
    new SocketModeReceiver({
      appToken: appToken!,
      logger: boltLogger,
      installerOptions: { clientOptions: { slackApiUrl } },
    });
  const app = new App({
    receiver,
    authorize: async () => ({ botToken, ...(await botIdentity()) }),
    logger: boltLogger,
    clientOptions: { ...clientOptions, logger: boltLogger },
    // Conversation state lives in our store (any instance can take the next turn), not in Bolt's memory.
    convoStore: false,
  });
  app.error(async (err) => {
    logger.error({ err: err.message, code: err.code }, 'slack listener failed');
  });

  const state = createSlackState(store, clock);
  const message = { renderCard: renderOnce(deps.renderCard), state, publicImages: publicImagesAllowed(config) };
  const replies = { ...message, chartPng: deps.chartPng, sleep: deps.sleep ?? realSleep, logger };
  const users = createSlackUsers(store, clock, logger);
  const home = createHomeTab({ conversation: deps.conversation, store, clock, logger, state, users, message });
  const ctx: SlackContext = {
    conversation: deps.conversation,
    store,
    clock,
    logger,
    state,
    users,
    replies,
    afterTurn: (origin, client) => home.republishIfSeen(origin, client),
    formAnswerBudgetMs: deps.formAnswerBudgetMs ?? FORM_ANSWER_BUDGET_MS,
  };
  installGuards(app, { allowedWorkspaces: config.slack.allowedWorkspaces, store, clock, logger });
  listenForMessages(app, ctx, config.slack.command);
  listenForActions(app, ctx);
  listenForForms(app, ctx);
  listenForHome(app, home, state);

  // Learn the bot's ids in the background (start-up never waits on Slack); a failure is retried on the first request.
  void botIdentity().catch((err: unknown) =>
    logger.warn({ err: (err as Error).message }, 'slack auth.test failed; retrying on the first request'),
  );
  if (!httpReceiver) await app.start();
  // The notifier's client neither waits on 429 nor retries: the scheduler owns retries (retryAfterMs).
  const notifierClient = new webApi.WebClient(botToken, {
    slackApiUrl,
    timeout: API_TIMEOUT_MS,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger: boltLogger,
  });
  logger.info(
    { mode: httpReceiver ? 'http' : 'socket', path: httpReceiver ? SLACK_EVENTS_PATH : undefined },
    'slack channel ready',
  );
  return {
    routes: httpReceiver ? [httpReceiver.route()] : [],
    notifier: createSlackNotifier({ ...message, store, client: notifierClient }),
    idle: async () => httpReceiver?.idle(),
    async reach() {
      const { teamId } = await botIdentity();
      if (!teamId) throw new Error('auth.test returned no team_id');
      return reachSlackPeople({
        store,
        clock,
        logger,
        client: notifierClient,
        workspaceId: teamId,
        sleep: deps.sleep ?? realSleep,
      });
    },
    async stop() {
      if (httpReceiver) await httpReceiver.idle();
      else await app.stop();
    },
  };
}

function requireSecret(secret: string | undefined): string {
  if (!secret)
    throw new Error(
      'SLACK_SIGNING_SECRET is required for the Slack channel in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  return secret;
}

/** Image blocks need a URL Slack's servers can fetch: PUBLIC_URL set and not a local address. */
export function publicImagesAllowed(config: Config): boolean {
  if (!config.publicUrlSet) return false;
  const host = new URL(config.publicUrl).hostname;
  return !['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0'].includes(host) && !host.endsWith('.localhost');
}
