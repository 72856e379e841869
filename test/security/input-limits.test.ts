import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { startLocalServer, type LocalServer } from '../support/local-server';
import { DIALECTS, freshStore } from '../support/stores';

// Any input gets an answer below 500, identically on SQLite and PostgreSQL: NUL bytes and other control
// characters are removed before the store, oversized bodies get 413, deeply nested JSON 400 or a refusal.

const USER = 'demo-klinker';

describe.each(DIALECTS)('input limits over HTTP (%s)', (dialect) => {
  let store: Store;
  let server: LocalServer;
  afterEach(async () => {
    await server?.close();
    await store?.close();
  });

  async function start() {
    const clock = new ManualClock('2026-11-26T09:00:00Z');
    store = await freshStore(dialect, { clock });
    const seed = await seedDemo(store, clock);
    server = await startLocalServer({ store, clock });
    return seed;
  }
  const post = (body: unknown) =>
    fetch(`${server.url}/api/local/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('removes NUL and control characters from text and card fields before storing, the same on both databases', async () => {
    const seed = await start();
    const res = await post({ user: USER, text: 'måling VENT 14\u0000 uge 48' });
    expect(res.status).toBe(200);
    const stored = await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W48');
    expect(stored?.value).toBe(14);
    const withControl = await post({
      user: 'demo-klinker-aarhus',
      action: {
        verb: 'measurement.submit',
        teamId: seed.teams.aarhus,
        measureId: seed.measures.vent,
        value: '15\u0000',
        period: 'uge 48',
        note: 'a\u0000b\u0007c\u001b',
      },
    });
    expect(withControl.status).toBe(200);
    const second = await store.measurements.get(seed.measures.vent, seed.teams.aarhus, '2026-W48');
    expect(second).toMatchObject({ value: 15, note: 'abc' });
  });

  it('answers NUL in ids, a control-character user and unknown shapes with 200 or 400, never 5xx', async () => {
    await start();
    const bodies: unknown[] = [
      { user: `${USER}\u0000`, text: 'hjælp' },
      { user: USER, text: 'hjælp', id: 'a\u0000b' },
      { user: USER, action: { verb: 'seminar.rsvp\u0000', seminarId: '\u0000', attending: true } },
      { user: USER, action: { verb: 'pdsa.open', cycleId: 'x'.repeat(10_000) } },
      { user: USER, text: '\u0000'.repeat(3000) },
      { user: USER, text: 'x'.repeat(4001) },
      { user: USER, action: { verb: 'measurement.submit', value: { $gt: '' }, note: ['a', { b: 'c' }] } },
      '{"user": "demo-klinker", "text": "\\ud800"}',
      'not json',
      '[]',
    ];
    for (const body of bodies) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBeLessThan(500);
      expect(await res.text()).not.toMatch(/stack|Error:|at \//);
    }
  });

  it('answers an oversized body with 413 and a short message', async () => {
    await start();
    const res = await post({ user: USER, text: 'x'.repeat(200_000) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'body_too_large' });
  });

  it('refuses deeply nested card data without overflowing: 400 when JSON cannot hold it, else a refusal', async () => {
    await start();
    const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const shallow = await post(`{"user":"${USER}","action":{"verb":"measurement.submit","note":${nested(50)}}}`);
    expect(shallow.status).toBe(200);
    const answer = (await shallow.json()) as { replies: Array<{ text?: string }> };
    expect(answer.replies[0]?.text).toBe(
      'Det kunne jeg ikke bruge: kortet eller knappen er ikke gyldig – prøv at åbne den igen.',
    );
    const deep = await post(`{"user":"${USER}","action":{"verb":"measurement.submit","note":${nested(200_000)}}}`);
    expect(deep.status).toBeLessThan(500);
  });
});

describe('chart route methods and security headers', () => {
  let store: Store;
  let server: LocalServer;
  afterEach(async () => {
    await server?.close();
    await store?.close();
  });

  it('answers HEAD on a chart URL like GET without a body, other methods 405', async () => {
    const clock = new ManualClock('2026-11-26T09:00:00Z');
    store = await freshStore('sqlite', { clock });
    await seedDemo(store, clock);
    server = await startLocalServer({ store, clock });
    const res = await fetch(`${server.url}/api/local/messages`, {
      method: 'POST',
      body: JSON.stringify({ user: USER, text: 'graf VENT' }),
    });
    const chartUrl = JSON.stringify(await res.json()).match(/"(http:\/\/127\.0\.0\.1:\d+\/charts\/[^"]+)"/)?.[1];
    expect(chartUrl).toBeDefined();
    const get = await fetch(chartUrl!);
    expect(get.status).toBe(200);
    const head = await fetch(chartUrl!, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const other = await fetch(chartUrl!, { method });
      expect(other.status, method).toBe(405);
      expect(other.headers.get('allow')).toBe('GET, HEAD');
    }
    expect((await fetch(`${server.url}/nowhere`, { method: 'HEAD' })).status).toBe(404);
  });

  it('sends CSP, nosniff and a referrer policy with the playground page and every other response', async () => {
    const clock = new ManualClock('2026-11-26T09:00:00Z');
    store = await freshStore('sqlite', { clock });
    server = await startLocalServer({ store, clock });
    for (const path of ['/', '/api/local/demo', '/nowhere']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.headers.get('content-security-policy'), path).toMatch(
        /default-src '(self|none)'.*frame-ancestors 'none'/,
      );
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });
});
