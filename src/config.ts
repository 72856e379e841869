import { z } from 'zod';

// Environment → typed config. A bad variable stops start with its name (see README "Configuration").

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const list = z
  .string()
  .optional()
  .transform((v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  );

const ms = (fallback: number) => z.coerce.number().int().min(0).max(3_600_000).default(fallback);
const count = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

// PostgreSQL timeouts and turn admission (PG_*, TURN_*, SHUTDOWN_GRACE_MS).
const resilienceEnv = {
  PG_POOL_MAX: count(10),
  PG_CONNECT_TIMEOUT_MS: ms(2_000),
  PG_STATEMENT_TIMEOUT_MS: ms(3_000),
  PG_QUERY_TIMEOUT_MS: ms(4_000),
  PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: ms(10_000),
  PG_KEEPALIVE_MS: ms(10_000),
  PG_PREPARED_STATEMENTS: bool.default('true'),
  TURN_CONCURRENCY: count(16),
  TURN_QUEUE: count(200),
  TURN_QUEUE_WAIT_MS: ms(2_000),
  TURN_MAX_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(200),
  TURN_MAX_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).optional(),
  TURN_LOOP_SAMPLE_MS: ms(500),
  SHUTDOWN_GRACE_MS: ms(10_000),
};

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Default: 127.0.0.1 outside production (nothing else on the network reaches a development bot), else 0.0.0.0. */
  HOST: optional,
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
      .optional(),
  ),
  PUBLIC_URL: optional.pipe(z.string().url().optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INSTANCE_ID: optional,
  CHART_SIGNING_SECRET: optional.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  CHART_URL_TTL_DAYS: z.coerce.number().positive().default(425), // DEFAULT_CHART_TTL_DAYS: 14 months
  DEMO_SEED: optional.pipe(bool.optional()),
  PLAYGROUND_ENABLED: optional.pipe(bool.optional()),
  PLAYGROUND_TOKEN: optional.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  MICROSOFT_APP_ID: optional,
  MICROSOFT_APP_PASSWORD: optional,
  MICROSOFT_APP_TENANT_ID: optional,
  MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MICROSOFT_APP_CERTIFICATE_THUMBPRINT: optional,
  MICROSOFT_APP_CERTIFICATE_PRIVATE_KEY: optional,
  TEAMS_ALLOWED_TENANTS: list,
  TEAMS_ALLOW_ANONYMOUS: bool.default('false'),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optional.pipe(z.string().url().optional()),
  SLACK_ALLOWED_WORKSPACES: list,
  SLACK_COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]{1,31}$/)
    .default('/forbedring'),
  SCHEDULER_ENABLED: bool.default('true'),
  SCHEDULER_CRON: z.string().default('* * * * *'),
  QUIET_HOURS: z
    .string()
    .regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'must look like 18:00-07:30')
    .default('18:00-07:30'),
  ...resilienceEnv,
  CLOSED_DAYS: z
    .string()
    .regex(/^(\d{2}-\d{2}(,\d{2}-\d{2})*)?$/, 'must be MM-DD,MM-DD,…')
    .default('12-24,12-31,06-05'),
});

/** Typed configuration of one bot instance. */
export type Config = ReturnType<typeof toConfig>;

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses an environment (normally process.env) into Config, or throws ConfigError naming the bad variables. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const config = toConfig(parsed.data);
  const problems = checkProduction(config);
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}

function toConfig(e: z.output<typeof envSchema>) {
  const [quietFrom, quietTo] = e.QUIET_HOURS.split('-') as [string, string];
  const teamsCredentials = Boolean(e.MICROSOFT_APP_ID);
  return {
    production: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST ?? (e.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    publicUrlSet: Boolean(e.PUBLIC_URL),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    instanceId: e.INSTANCE_ID,
    charts: { secret: e.CHART_SIGNING_SECRET, ttlMs: e.CHART_URL_TTL_DAYS * 86_400_000 },
    teams: {
      /** Teams is on with credentials, or in explicit anonymous mode (local testing only). */
      enabled: teamsCredentials || e.TEAMS_ALLOW_ANONYMOUS,
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      appTenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
      certificateThumbprint: e.MICROSOFT_APP_CERTIFICATE_THUMBPRINT,
      certificatePrivateKey: e.MICROSOFT_APP_CERTIFICATE_PRIVATE_KEY,
      allowedTenants: e.TEAMS_ALLOWED_TENANTS,
      allowAnonymous: e.TEAMS_ALLOW_ANONYMOUS,
    },
    slack: {
      enabled: Boolean(e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)),
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      allowedWorkspaces: e.SLACK_ALLOWED_WORKSPACES,
      command: e.SLACK_COMMAND,
    },
    scheduler: {
      enabled: e.SCHEDULER_ENABLED,
      cron: e.SCHEDULER_CRON,
      quietHours: { from: quietFrom, to: quietTo },
      /** MM-DD days treated as closed in addition to public holidays. */
      closedDays: e.CLOSED_DAYS ? e.CLOSED_DAYS.split(',') : [],
    },
    postgres: {
      poolMax: e.PG_POOL_MAX,
      connectTimeoutMs: e.PG_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.PG_STATEMENT_TIMEOUT_MS,
      queryTimeoutMs: e.PG_QUERY_TIMEOUT_MS,
      idleInTransactionTimeoutMs: e.PG_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      keepAliveMs: e.PG_KEEPALIVE_MS,
      preparedStatements: e.PG_PREPARED_STATEMENTS,
    },
    turns: {
      /** Turns handled at once by this instance. */
      concurrency: e.TURN_CONCURRENCY,
      /** Turns waiting for a slot; past it a turn is refused as busy (503 / "travlt"). */
      queue: e.TURN_QUEUE,
      /** Longest a queued turn waits for a slot before it is refused as busy. */
      queueWaitMs: e.TURN_QUEUE_WAIT_MS,
      /**
       * New turns are refused as busy while the event loop lags: median delay over the last sample (ms) or its
       * utilisation (0–1) past these limits; 0 turns a limit off. On SQLite turns never overlap, so the queue
       * above never fills and only the loop's lag shows overload.
       */
      pressure: {
        maxDelayMs: e.TURN_MAX_LOOP_DELAY_MS,
        // A synchronous SQLite turn keeps the loop's delay low even when requests pile up in the sockets, but the
        // loop is then busy all the time: in production, 95 % utilisation over a sample sheds. Off elsewhere (a
        // test worker's loop is shared with the tests).
        maxUtilization: e.TURN_MAX_LOOP_UTILIZATION ?? (e.NODE_ENV === 'production' ? 0.95 : 0),
        sampleMs: e.TURN_LOOP_SAMPLE_MS,
      },
    },
    /** On SIGTERM, how long turns in flight may take to finish before the process exits anyway. */
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    /**
     * The local channel and playground (`/api/local/*`, `/`): on by default outside production only. When a
     * token is set, every playground request must carry it (production requires one).
     */
    playground: { enabled: e.PLAYGROUND_ENABLED ?? e.NODE_ENV !== 'production', token: e.PLAYGROUND_TOKEN },
    /** Seed the demo collaborative: on by default unless a real channel is configured or in production. */
    demoSeed: e.DEMO_SEED ?? (e.NODE_ENV !== 'production' && !teamsCredentials && !e.SLACK_BOT_TOKEN),
  };
}

function checkProduction(c: ReturnType<typeof toConfig>): string[] {
  if (!c.production) return [];
  const out: string[] = [];
  if (c.teams.allowAnonymous)
    out.push(
      'TEAMS_ALLOW_ANONYMOUS: not allowed in production (it lets /api/messages accept unauthenticated requests)',
    );
  if (c.teams.enabled) {
    const certificate = c.teams.certificatePrivateKey && c.teams.certificateThumbprint;
    const hasSecret = c.teams.appPassword || certificate || c.teams.appType === 'UserAssignedMSI';
    if (!c.teams.appId || !hasSecret)
      out.push('MICROSOFT_APP_ID/MICROSOFT_APP_PASSWORD: required in production so /api/messages is never anonymous');
    // botbuilder refuses SingleTenant and managed-identity bots without their tenant (ConfigurationServiceClientCredentialFactory).
    if (c.teams.appId && c.teams.appType !== 'MultiTenant' && !c.teams.appTenantId)
      out.push(`MICROSOFT_APP_TENANT_ID: required for MICROSOFT_APP_TYPE=${c.teams.appType}`);
  }
  if (!c.teams.enabled && !c.slack.enabled)
    out.push(
      'MICROSOFT_APP_ID or SLACK_BOT_TOKEN: production needs at least one chat channel (Teams or Slack) configured',
    );
  if (c.playground.enabled && !c.playground.token)
    out.push(
      'PLAYGROUND_TOKEN: required when PLAYGROUND_ENABLED=true in production (32+ characters; every playground request must send it)',
    );
  if (!c.charts.secret) out.push('CHART_SIGNING_SECRET: required in production (32+ characters)');
  if (!c.publicUrlSet) out.push('PUBLIC_URL: required in production (chat clients load chart images from it)');
  return out;
}
