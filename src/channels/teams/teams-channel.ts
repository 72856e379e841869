import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application, type AdaptiveCard } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { renderAdaptiveCard } from '../../cards/render-adaptive-card';
import type { Conversation } from '../../conversation/create-conversation';
import type { Clock, Notifier, Store, TenantBudget } from '../../domain';
import { createTranslator } from '../../i18n/translator';
import type { Route } from '../../server/http-server';
import { conversationKind, localeOf, tenantOf } from './activity-to-turn';
import { createInboundAdapter, createProactiveAdapter, isAnonymous } from './bot-framework-auth';
import { createInstallHandlers } from './install-events';
import { createRosterReach, type RosterReach } from './roster-reach';
import { linkMemberByEmail } from './member-email';
import { processNodeRequest } from './node-http-bridge';
import type { RenderCard } from '../../cards/card-model';
import { createTeamsNotifier, type Sleep } from './teams-notifier';
import { allowedTenants, isTenantAllowed } from './tenant-guard';
import { createTurnHandlers, isExecute, isSubmit } from './turn-handlers';
import { isRefresh } from './shared-views';

/** Everything the Teams channel needs; `renderCard`, `sleep` and `random` are replaceable in tests. */
export interface TeamsChannelDeps {
  config: Config;
  conversation: Conversation;
  store: Store;
  clock: Clock;
  logger: Logger;
  renderCard?: RenderCard;
  sleep?: Sleep;
  random?: () => number;
  /**
   * The per-tenant budget at Teams' per-app-per-tenant limit, shared with the scheduler's sends: roster reads and
   * chat creation draw from it, and a 429 pauses the tenant for both.
   */
  reachLimiter: TenantBudget;
}

/** The Teams channel: `POST /api/messages` and the proactive notifier. */
export interface TeamsChannel {
  routes: Route[];
  notifier: Notifier;
  /** The rollout: personal chats opened from rosters (`idle()` waits for the background work). */
  reach: RosterReach;
}

/** Path of the Bot Framework messaging endpoint (the Azure Bot's "Messaging endpoint"). */
export const TEAMS_MESSAGES_PATH = '/api/messages';

/**
 * Builds the Teams channel on a teams-ai `Application` (no AI configured) over botbuilder's CloudAdapter.
 * With MICROSOFT_APP_ID set every request must carry a valid Bot Framework token (401 otherwise); without
 * it (TEAMS_ALLOW_ANONYMOUS=true, local testing only) requests are not authenticated, which is logged.
 */
export function createTeamsChannel(deps: TeamsChannelDeps): TeamsChannel {
  const { config, conversation, store, clock } = deps;
  const logger = deps.logger.child({ channel: 'teams' });
  const renderCard = deps.renderCard ?? renderAdaptiveCard;
  if (isAnonymous(config.teams)) {
    logger.warn(
      'Teams runs in ANONYMOUS mode (TEAMS_ALLOW_ANONYMOUS): /api/messages accepts unauthenticated requests. Local testing only.',
    );
  }

  const adapter = createInboundAdapter(config.teams);
  // The adapter is not handed to the Application: it only needs one for its own proactive helpers and
  // long-running messages, which this bot does not use (the notifier has its own adapter).
  const app = new Application({
    ...(config.teams.appId ? { botAppId: config.teams.appId } : {}),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  const handlers = createTurnHandlers({ conversation, renderCard, logger, store });
  const proactive = createProactiveAdapter(config.teams);
  const sleep: Sleep = deps.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const reach = createRosterReach({
    store,
    clock,
    logger,
    adapter: proactive,
    appId: config.teams.appId ?? '',
    sleep,
    limiter: deps.reachLimiter,
  });
  const install = createInstallHandlers({
    store,
    clock,
    reach,
    linkPerson: (context) => linkMemberByEmail(context, store, clock, logger),
  });
  const tenants = allowedTenants(config.teams);

  app.turn('beforeTurn', async (context) => {
    if (isTenantAllowed(tenants, tenantOf(context.activity))) return true;
    logger.info({ tenantId: tenantOf(context.activity), type: context.activity.type }, 'refused a foreign tenant');
    await refuse(context);
    return false;
  });
  // Refresh first: a view for the person looking at the card, never a turn of the core.
  app.adaptiveCards.actionExecute(
    async (context) => isRefresh(context),
    async (context, _state, data) =>
      (await handlers.refresh(context, data as Record<string, unknown>)) as AdaptiveCard | string,
  );
  app.adaptiveCards.actionExecute(
    async (context) => isExecute(context) && !isRefresh(context),
    async (context, _state, data) =>
      (await handlers.execute(context, data as Record<string, unknown>)) as AdaptiveCard | string,
  );
  app.adaptiveCards.actionSubmit(
    async (context) => isSubmit(context),
    (context, _state, data) => handlers.submit(context, data as Record<string, unknown>),
  );
  app.activity(ActivityTypes.Message, (context) => handlers.text(context));
  // action: add | remove, or add-upgrade | remove-upgrade when it happens as part of an app upgrade.
  app.activity(ActivityTypes.InstallationUpdate, (context) => {
    const action = String(context.activity.action ?? 'add');
    if (action.startsWith('remove')) return install.removed(context);
    return install.installed(context, { greet: action === 'add' });
  });
  app.conversationUpdate('membersAdded', async (context) => {
    const added = context.activity.membersAdded ?? [];
    if (added.some((m) => m.id === context.activity.recipient.id)) await install.installed(context);
    else if (conversationKind(context.activity) !== 'personal') await reach.added(context, added);
  });
  app.conversationUpdate('membersRemoved', async (context) => {
    const removed = context.activity.membersRemoved ?? [];
    if (removed.some((m) => m.id === context.activity.recipient.id)) await install.removed(context);
    else await reach.removed(context, removed);
  });
  adapter.onTurnError = async (context, err) => {
    logger.error({ err, activityId: context.activity.id, type: context.activity.type }, 'Teams turn failed');
    await replyPolitely(context, createTranslator(localeOf(context.activity) ?? 'da')('error.unexpected')).catch(
      (sendErr: unknown) => logger.error({ err: sendErr }, 'could not send the error reply'),
    );
  };

  async function refuse(context: TurnContext): Promise<void> {
    const relevant = [ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.InstallationUpdate] as string[];
    if (!relevant.includes(context.activity.type)) return;
    await replyPolitely(context, createTranslator(localeOf(context.activity) ?? 'da')('teams.tenantRefused'));
  }

  const requireBearer = !isAnonymous(config.teams);
  const logic = async (context: TurnContext) => {
    await app.run(context);
  };
  return {
    routes: [
      {
        method: 'POST',
        path: TEAMS_MESSAGES_PATH,
        handler: (req, res) => processNodeRequest(adapter, req, res, logic, { requireBearer }),
      },
    ],
    reach,
    notifier: createTeamsNotifier({
      adapter: proactive,
      appId: config.teams.appId ?? '',
      renderCard,
      clock,
      logger,
      store,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      ...(deps.random ? { random: deps.random } : {}),
    }),
  };
}

/** Text back to the user; an invoke gets it as its invoke response (Teams shows it under the card). */
async function replyPolitely(context: TurnContext, text: string): Promise<void> {
  if (context.activity.type === ActivityTypes.Invoke) {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
      },
    });
    return;
  }
  await context.sendActivity({ type: ActivityTypes.Message, text });
}
