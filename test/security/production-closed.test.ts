import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config';
import { ManualClock } from '../support/clock';

// Production is closed by default: no playground or local channel (they act as any user without sign-in),
// no start without a real chat channel, and a playground that is switched on anyway sits behind a token.

const PRODUCTION = {
  NODE_ENV: 'production',
  CHART_SIGNING_SECRET: 'x'.repeat(40),
  PUBLIC_URL: 'https://forbedringsbot.regionh.dk',
  PORT: '0',
  HOST: '127.0.0.1',
  SCHEDULER_ENABLED: 'false',
};
const TEAMS = {
  MICROSOFT_APP_ID: '7a1e4c2b-3d5f-4a6b-8c9d-0e1f2a3b4c5d',
  MICROSOFT_APP_PASSWORD: 'secret',
  MICROSOFT_APP_TENANT_ID: '5f3b1c2e-8a4d-4e6f-9b7a-2c1d0e9f8a7b',
};
const TOKEN = 't'.repeat(40);
const LOCAL_PATHS = ['/', '/api/local/demo', '/api/local/inbox?user=demo-tovholder', '/playground/playground.js'];

describe('production is closed by default', () => {
  let app: App | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    app = undefined;
  });

  async function start(env: Record<string, string>): Promise<string> {
    dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-prod-'));
    app = await buildApp(loadConfig({ ...env, DATA_DIR: dir }), {
      clock: new ManualClock('2026-11-26T09:00:00Z'),
      logger: pino({ level: 'silent' }),
    });
    return app.listen();
  }

  it('refuses to start production without Teams or Slack, saying what to set', () => {
    expect(() => loadConfig(PRODUCTION)).toThrow(ConfigError);
    expect(() => loadConfig(PRODUCTION)).toThrow(
      /MICROSOFT_APP_ID or SLACK_BOT_TOKEN: production needs at least one chat channel/,
    );
    expect(() => loadConfig({ ...PRODUCTION, ...TEAMS })).not.toThrow();
  });

  it('serves no playground and no local channel in production', async () => {
    const url = await start({ ...PRODUCTION, ...TEAMS });
    for (const path of LOCAL_PATHS) expect((await fetch(`${url}${path}`)).status, path).toBe(404);
    const post = await fetch(`${url}/api/local/messages`, {
      method: 'POST',
      body: JSON.stringify({ user: 'demo-tovholder', text: 'send alle hej' }),
    });
    expect(post.status).toBe(404);
    expect(app!.notifiers).toHaveLength(1);
  });

  it('refuses a playground switched on in production without a token', () => {
    expect(() => loadConfig({ ...PRODUCTION, ...TEAMS, PLAYGROUND_ENABLED: 'true' })).toThrow(
      /PLAYGROUND_TOKEN: required/,
    );
    expect(() =>
      loadConfig({ ...PRODUCTION, ...TEAMS, PLAYGROUND_ENABLED: 'true', PLAYGROUND_TOKEN: 'short' }),
    ).toThrow(/PLAYGROUND_TOKEN/);
  });

  it('puts a playground switched on in production behind its token (header or the cookie /?token= sets)', async () => {
    const url = await start({
      ...PRODUCTION,
      ...TEAMS,
      PLAYGROUND_ENABLED: 'true',
      PLAYGROUND_TOKEN: TOKEN,
      DEMO_SEED: 'true',
    });
    for (const path of LOCAL_PATHS) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(401);
      expect(await res.text()).not.toContain('demo');
    }
    expect((await fetch(`${url}/api/local/demo`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${url}/?token=wrong`, { redirect: 'manual' })).status).toBe(401);
    expect((await fetch(`${url}/api/local/demo`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    const opened = await fetch(`${url}/?token=${TOKEN}`, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    const cookie = opened.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await fetch(`${url}/api/local/demo`, { headers: { cookie: cookie.split(';')[0]! } })).status).toBe(200);
  });

  it('listens on 127.0.0.1 in development unless HOST says otherwise, and keeps the playground there', async () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ ...PRODUCTION, ...TEAMS, HOST: '' }).host).toBe('0.0.0.0');
    const url = await start({ PORT: '0', SCHEDULER_ENABLED: 'false' });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/kun til lokal brug/i);
  });
});
