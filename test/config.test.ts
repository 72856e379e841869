import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration from the environment', () => {
  it('has defaults that run the playground on SQLite', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3978,
      dataDir: './data',
      databaseUrl: undefined,
      demoSeed: true,
      production: false,
    });
    expect(c.teams.enabled).toBe(false);
    expect(c.slack.enabled).toBe(false);
    expect(c.scheduler.quietHours).toEqual({ from: '18:00', to: '07:30' });
    expect(c.scheduler.closedDays).toEqual(['12-24', '12-31', '06-05']);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with postgres:\/\//);
    expect(() => loadConfig({ QUIET_HOURS: '6pm' })).toThrow(/QUIET_HOURS/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).databaseUrl).toBe('postgres://u@h:5432/db');
  });

  it('sends prepared statements to PostgreSQL unless PG_PREPARED_STATEMENTS=false (old PgBouncer)', () => {
    expect(loadConfig({}).postgres.preparedStatements).toBe(true);
    expect(loadConfig({ PG_PREPARED_STATEMENTS: 'false' }).postgres.preparedStatements).toBe(false);
    expect(() => loadConfig({ PG_PREPARED_STATEMENTS: 'maybe' })).toThrow(/PG_PREPARED_STATEMENTS/);
  });

  it('refuses production without a chart secret and a public URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/CHART_SIGNING_SECRET[\s\S]*PUBLIC_URL/);
    const ok = loadConfig({
      NODE_ENV: 'production',
      CHART_SIGNING_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://bot.region.dk/',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
    });
    expect(ok.publicUrl).toBe('https://bot.region.dk');
    expect(ok.demoSeed).toBe(false);
    // Production sheds turns on a saturated event loop (utilisation); development and tests do not, unless told.
    expect(ok.turns.pressure.maxUtilization).toBe(0.95);
    expect(loadConfig({}).turns.pressure.maxUtilization).toBe(0);
    expect(loadConfig({ TURN_MAX_LOOP_UTILIZATION: '0.9' }).turns.pressure.maxUtilization).toBe(0.9);
  });
});
