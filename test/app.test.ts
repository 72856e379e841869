import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app';
import { loadConfig } from '../src/config';
import { ManualClock } from './support/clock';

// The composition root as `npm start` builds it: SQLite in DATA_DIR, demo seed, playground, charts, legal pages.
describe('the composed app (npm start)', () => {
  let app: App;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-app-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, SCHEDULER_ENABLED: 'false' });
    app = await buildApp(config, { clock: new ManualClock('2026-11-26T09:00:00Z'), logger: pino({ level: 'silent' }) });
    url = await app.listen();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs on SQLite and seeds the demo collaborative', async () => {
    expect(app.store.dialect).toBe('sqlite');
    const demo = (await (await fetch(`${url}/api/local/demo`)).json()) as {
      users: Array<{ id: string; role: string }>;
    };
    expect(demo.users.map((u) => u.role)).toEqual(expect.arrayContaining(['member', 'tovholder', 'sponsor']));
  });

  it('answers a quick-text measurement from a demo clinician through the local channel', async () => {
    const demo = (await (await fetch(`${url}/api/local/demo`)).json()) as {
      users: Array<{ id: string; role: string }>;
    };
    const clinician = demo.users.find((u) => u.role === 'member')!;
    const res = await fetch(`${url}/api/local/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: clinician.id, text: 'hjælp' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { replies: Array<{ text?: string; card?: { version: string } }> };
    expect(body.replies.length).toBeGreaterThan(0);
    expect(body.replies.some((r) => r.card?.version === '1.5' || r.text)).toBe(true);
  });

  it('serves the playground page and the privacy page the Teams manifest links to', async () => {
    expect(await (await fetch(`${url}/`)).text()).toContain('<html');
    const privacy = await fetch(`${url}/privacy`);
    expect(privacy.status).toBe(200);
    expect(await privacy.text()).toContain('CPR');
  });

  it('refuses a chart link with a bad signature', async () => {
    const res = await fetch(`${url}/charts/eyJ4IjoieSJ9.png?e=9999999999&s=forged`);
    expect(res.status).toBe(403);
  });

  it('does not mount Teams or Slack without credentials', async () => {
    expect((await fetch(`${url}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
