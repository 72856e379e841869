// /api/messages is never anonymous in production; anonymous mode is explicit and loudly logged.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config';
import type { Conversation } from '../../../src/conversation/create-conversation';
import { createTeamsChannel } from '../../../src/channels/teams/teams-channel';
import { allowedTenants, isTenantAllowed } from '../../../src/channels/teams/tenant-guard';
import { ManualClock } from '../../support/clock';
import { freshStore } from '../../support/stores';
import { PLATFORM_LIMITS } from '../../../src/scheduler/platform-limits';
import { createTenantBudget } from '../../../src/scheduler/tenant-budget';

const PRODUCTION = {
  NODE_ENV: 'production',
  CHART_SIGNING_SECRET: 'x'.repeat(40),
  PUBLIC_URL: 'https://forbedringsbot.regionh.dk',
};
const CREDENTIALS = {
  MICROSOFT_APP_ID: '7a1e4c2b-3d5f-4a6b-8c9d-0e1f2a3b4c5d',
  MICROSOFT_APP_PASSWORD: 'secret',
  MICROSOFT_APP_TENANT_ID: '5f3b1c2e-8a4d-4e6f-9b7a-2c1d0e9f8a7b',
};

describe('Teams security configuration', () => {
  it('refuses to start in production with an app id but no password, certificate or managed identity', () => {
    expect(() =>
      loadConfig({ ...PRODUCTION, MICROSOFT_APP_ID: CREDENTIALS.MICROSOFT_APP_ID, MICROSOFT_APP_TENANT_ID: 't' }),
    ).toThrow(/MICROSOFT_APP_ID\/MICROSOFT_APP_PASSWORD/);
  });

  it('refuses anonymous Teams (TEAMS_ALLOW_ANONYMOUS) in production', () => {
    expect(() => loadConfig({ ...PRODUCTION, TEAMS_ALLOW_ANONYMOUS: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...PRODUCTION, ...CREDENTIALS, TEAMS_ALLOW_ANONYMOUS: 'true' })).toThrow(
      /TEAMS_ALLOW_ANONYMOUS/,
    );
  });

  it('names the missing tenant of a single-tenant bot', () => {
    expect(() => loadConfig({ ...PRODUCTION, ...CREDENTIALS, MICROSOFT_APP_TENANT_ID: '' })).toThrow(
      /MICROSOFT_APP_TENANT_ID/,
    );
  });

  it('starts in production with complete single-tenant credentials, Teams on and authenticated', () => {
    const config = loadConfig({ ...PRODUCTION, ...CREDENTIALS });
    expect(config.teams).toMatchObject({ enabled: true, allowAnonymous: false, appId: CREDENTIALS.MICROSOFT_APP_ID });
  });

  it('keeps Teams off without credentials unless anonymous mode is asked for', () => {
    expect(loadConfig({}).teams.enabled).toBe(false);
    expect(loadConfig({ TEAMS_ALLOW_ANONYMOUS: 'true' }).teams.enabled).toBe(true);
  });

  it('logs a warning when the channel starts in anonymous mode', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const store = await freshStore('sqlite', { clock });
    const conversation: Conversation = { handle: async () => [], view: async () => null };
    const budget = createTenantBudget({
      clock,
      sleep: async (ms) => clock.advance(ms),
      rate: PLATFORM_LIMITS.teams.overall,
    });
    createTeamsChannel({
      config: loadConfig({ TEAMS_ALLOW_ANONYMOUS: 'true' }),
      conversation,
      store,
      clock,
      logger,
      reachLimiter: budget,
    });
    createTeamsChannel({
      config: loadConfig(CREDENTIALS),
      conversation,
      store,
      clock,
      logger,
      reachLimiter: budget,
    });
    await store.close();
    const warnings = lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/ANONYMOUS/);
  });

  it("allows TEAMS_ALLOWED_TENANTS when set, else only the bot's own tenant, else (anonymous) any", () => {
    const listed = allowedTenants(loadConfig({ ...CREDENTIALS, TEAMS_ALLOWED_TENANTS: 'AAA, bbb' }).teams);
    expect(isTenantAllowed(listed, 'aaa')).toBe(true);
    expect(isTenantAllowed(listed, CREDENTIALS.MICROSOFT_APP_TENANT_ID)).toBe(false);
    const own = allowedTenants(loadConfig(CREDENTIALS).teams);
    expect(isTenantAllowed(own, CREDENTIALS.MICROSOFT_APP_TENANT_ID.toUpperCase())).toBe(true);
    expect(isTenantAllowed(own, 'another-hospital')).toBe(false);
    expect(isTenantAllowed(allowedTenants(loadConfig({ TEAMS_ALLOW_ANONYMOUS: 'true' }).teams), 'anything')).toBe(true);
  });
});
