import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChartHttpHandler, DEFAULT_CHART_TTL_MS, signChartPath, verifyChartPath } from '../../src/charts';

const secret = 'test-secret-not-for-production';
const now = new Date('2026-11-23T10:00:00Z');
const later = new Date(now.getTime() + DEFAULT_CHART_TTL_MS);
const params = { team: 't-42', measure: 'm-7', size: 'full' };

describe('signChartPath / verifyChartPath', () => {
  it('produces /charts/<opaque>.png?e=<unix>&s=<hmac> and verifies to the same params', () => {
    const path = signChartPath(params, secret, later);
    expect(path).toMatch(/^\/charts\/[A-Za-z0-9_-]+\.png\?e=\d+&s=[A-Za-z0-9_-]{43}$/);
    expect(path).toContain(`e=${Math.floor(later.getTime() / 1000)}`);
    expect(verifyChartPath(path, secret, now)).toEqual(params);
  });

  it('signs the same params identically whatever their order', () => {
    expect(signChartPath({ b: '2', a: '1' }, secret, later)).toBe(signChartPath({ a: '1', b: '2' }, secret, later));
  });

  it('rejects a tampered signature, payload or expiry', () => {
    const path = signChartPath(params, secret, later);
    const [base, query] = path.split('?') as [string, string];
    const sig = new URLSearchParams(query).get('s')!;
    const flipped = sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A');
    expect(verifyChartPath(path.replace(sig, flipped), secret, now)).toBeNull();
    const otherPayload = signChartPath({ ...params, team: 't-43' }, secret, later).split('?')[0]!;
    expect(verifyChartPath(`${otherPayload}?${query}`, secret, now)).toBeNull();
    const e = Math.floor(later.getTime() / 1000);
    expect(verifyChartPath(`${base}?e=${e + 3600}&s=${sig}`, secret, now)).toBeNull();
    expect(verifyChartPath(path, 'another-secret', now)).toBeNull();
  });

  it('rejects an expired link', () => {
    const path = signChartPath(params, secret, later);
    expect(verifyChartPath(path, secret, later)).toBeNull();
    expect(verifyChartPath(path, secret, new Date(later.getTime() - 1000))).toEqual(params);
  });

  it('rejects malformed paths', () => {
    for (const bad of [
      '',
      '/',
      '/charts/x.png',
      '/charts/../x.png?e=1&s=x',
      `/other/abc.png?e=9999999999&s=${'A'.repeat(43)}`,
    ]) {
      expect(verifyChartPath(bad, secret, now)).toBeNull();
    }
  });
});

describe('createChartHttpHandler', () => {
  const png = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
  let clock = now;
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const handler = createChartHttpHandler({
      secret,
      now: () => clock,
      loadPng: async (p) => (p.measure === 'missing' ? null : png),
    });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves a validly signed chart as a privately cacheable PNG', async () => {
    clock = now;
    const res = await fetch(base + signChartPath(params, secret, later));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(png);
  });

  it('answers 403 with no body to a tampered signature', async () => {
    clock = now;
    const path = signChartPath(params, secret, later).replace(/s=./, (m) => (m.endsWith('A') ? 's=B' : 's=A'));
    const res = await fetch(base + path);
    expect(res.status).toBe(403);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers 403 once the link has expired', async () => {
    const path = signChartPath(params, secret, later);
    clock = new Date(later.getTime() + 1);
    const res = await fetch(base + path);
    expect(res.status).toBe(403);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers 404 when the chart does not exist', async () => {
    clock = now;
    const res = await fetch(base + signChartPath({ ...params, measure: 'missing' }, secret, later));
    expect(res.status).toBe(404);
  });

  it('caps max-age at the remaining lifetime of the link', async () => {
    clock = new Date(later.getTime() - 120_000);
    const res = await fetch(base + signChartPath(params, secret, later));
    expect(res.headers.get('cache-control')).toBe('private, max-age=120');
  });
});
