import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
} from 'botbuilder';
// Types only: botframework-connector comes with botbuilder (not re-exported there).
import type {
  AuthenticateRequestResult,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';
import type { Config } from '../../config';

type TeamsConfig = Config['teams'];

/** True when the bot runs without Bot Framework credentials (TEAMS_ALLOW_ANONYMOUS, local testing only). */
export function isAnonymous(teams: TeamsConfig): boolean {
  return !teams.appId;
}

/**
 * botbuilder's configuration keys from our config. Anonymous mode (no app id) must be MultiTenant:
 * botbuilder's SingleTenant factory asserts an app id. With no app id, inbound requests without a token
 * get an anonymous identity and outbound calls carry no token (botframework-connector's
 * PasswordServiceClientCredentialFactory.isAuthenticationDisabled(): https://github.com/microsoft/botbuilder-js,
 * libraries/botframework-connector/src/auth/passwordServiceClientCredentialFactory.ts).
 */
export function botFrameworkAuthConfig(teams: TeamsConfig): Record<string, string> {
  if (isAnonymous(teams)) return { MicrosoftAppType: 'MultiTenant' };
  const out: Record<string, string> = {
    MicrosoftAppId: teams.appId!,
    MicrosoftAppType: teams.appType === 'UserAssignedMSI' ? 'UserAssignedMsi' : teams.appType,
  };
  if (teams.appPassword) out.MicrosoftAppPassword = teams.appPassword;
  if (teams.appTenantId) out.MicrosoftAppTenantId = teams.appTenantId;
  if (teams.certificateThumbprint) out.CertificateThumbprint = teams.certificateThumbprint;
  if (teams.certificatePrivateKey) out.CertificatePrivateKey = teams.certificatePrivateKey;
  return out;
}

/** Teams' user agent for connector calls (what teams-ai's TeamsAdapter sets). */
const USER_AGENT = 'teamsai-js/1.7.4 forbedringsbot';

/** The adapter for inbound turns: a CloudAdapter with the SDK's default connector retries (a reply may wait out a 429). */
export function createInboundAdapter(teams: TeamsConfig): CloudAdapter {
  return new CloudAdapter(authentication(teams, { sdkRetries: true }));
}

/**
 * The adapter for proactive sends. The connector client's own retry policy (which sleeps on 429 and retries
 * 5xx by itself) is removed, so the notifier decides: Retry-After goes back to the scheduler, 412/5xx are
 * retried with our own jittered backoff.
 */
export function createProactiveAdapter(teams: TeamsConfig): CloudAdapter {
  return new CloudAdapter(authentication(teams, { sdkRetries: false }));
}

function authentication(teams: TeamsConfig, options: { sdkRetries: boolean }): ReusingAuthentication {
  const settings = botFrameworkAuthConfig(teams);
  const factory = new ConfigurationServiceClientCredentialFactory(settings);
  return new ReusingAuthentication(options, settings, factory, undefined, undefined, { userAgent: USER_AGENT });
}

/** Most connector clients kept (one per service URL and audience; Teams uses a handful of regional URLs). */
const MAX_CLIENTS = 50;

/**
 * botbuilder builds a new ConnectorClient and UserTokenClient (each with its own HTTP pipeline) for every
 * turn; this reuses them per app id, service URL and audience. Credentials still fetch and refresh their
 * tokens per request.
 */
class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClient>>();
  private readonly sdkRetries: boolean;

  constructor(
    options: { sdkRetries: boolean },
    ...rest: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>
  ) {
    super(...rest);
    this.sdkRetries = options.sdkRetries;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    if (result.connectorFactory) result.connectorFactory = this.reuse(result.connectorFactory, result.claimsIdentity);
    return result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reuse(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const appId = appIdOf(claimsIdentity);
    let client = this.tokenClients.get(appId);
    if (!client) {
      client = super.createUserTokenClient(claimsIdentity);
      client.catch(() => this.tokenClients.delete(appId));
      this.tokenClients.set(appId, client);
    }
    return client;
  }

  private reuse(inner: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(identity);
    return {
      create: (serviceUrl: string, audience?: string): Promise<ConnectorClient> => {
        const key = `${appId}|${serviceUrl}|${audience ?? ''}`;
        let client = this.clients.get(key);
        if (!client) {
          if (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
          client = inner.create(serviceUrl, audience).then((c) => (this.sdkRetries ? c : withoutRetries(c)));
          client.catch(() => this.clients.delete(key));
          this.clients.set(key, client);
        }
        return client;
      },
    };
  }
}

/** The bot app id a request was authenticated for (AuthenticationConstants.AppIdClaim, else AudienceClaim). */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue('appid') ?? identity.getClaimValue('aud') ?? '';
}

/** Removes the @azure/core-client retry phase from a connector client's pipeline. */
function withoutRetries(client: ConnectorClient): ConnectorClient {
  // ServiceClientContext (botbuilder-stdlib) wraps an @azure/core-client ServiceClient in `.client`.
  const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy(o: { phase: string }): unknown } } })
    .client?.pipeline;
  pipeline?.removePolicy({ phase: 'Retry' });
  return client;
}
