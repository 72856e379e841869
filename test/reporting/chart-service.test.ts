import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChartPath } from '../../src/charts';
import { createChartService, type ChartService } from '../../src/reporting/chart-service';
import { periodBounds, shiftPeriod } from '../../src/domain';
import { createHttpServer } from '../../src/server/http-server';
import { conversationFixture, type ConversationFixture } from '../support/conversation-fixture';

const SECRET = 'test-secret-of-sufficient-length';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let f: ConversationFixture;
let charts: ChartService;
beforeEach(async () => {
  f = await conversationFixture();
  charts = createChartService({
    store: f.store,
    secret: SECRET,
    publicUrl: 'https://bot.example.dk/',
    clock: f.clock,
    ttlMs: 3600_000,
  });
  const rows = Array.from({ length: 20 }, (_, i) => {
    const periodKey = shiftPeriod('2026-W28', i);
    const numerator = i < 10 ? 12 + (i % 3) : 18;
    return {
      measureId: f.measures.op24.id,
      teamId: f.hvidovre.id,
      periodKey,
      periodStart: periodBounds(periodKey)!.start,
      value: numerator / 20,
      numerator,
      denominator: 20,
      note: null,
    };
  });
  await f.store.measurements.putMany(rows, { personId: null, at: f.clock.now() });
});
afterEach(() => f.close());

describe('chart service', () => {
  it('signs absolute URLs under PUBLIC_URL that carry the chart parameters and expire', () => {
    const url = charts.url({
      measureId: f.measures.op24.id,
      teamId: f.hvidovre.id,
      chart: 'run',
      size: 'full',
      locale: 'en',
    });
    expect(url.startsWith('https://bot.example.dk/charts/')).toBe(true);
    const path = url.slice('https://bot.example.dk'.length);
    expect(verifyChartPath(path, SECRET, f.clock.now())).toEqual({
      m: f.measures.op24.id,
      t: f.hvidovre.id,
      c: 'run',
      z: 'full',
      l: 'en',
    });
    expect(verifyChartPath(path, SECRET, new Date(f.clock.now().getTime() + 3600_000))).toBeNull();
    expect(verifyChartPath(path, 'another-secret', f.clock.now())).toBeNull();
  });

  it('renders run, P and sparkline charts as PNG, and nothing for a measure the team does not have', async () => {
    for (const [chart, size] of [
      ['run', 'full'],
      ['p', 'full'],
      ['run', 'sparkline'],
    ] as const) {
      const png = await charts.png({ measureId: f.measures.op24.id, teamId: f.hvidovre.id, chart, size });
      expect(png?.subarray(0, 8)).toEqual(PNG);
    }
    expect(
      await charts.png({ measureId: f.measures.apo.id, teamId: f.hvidovre.id, chart: 'run', size: 'full' }),
    ).toBeNull();
    expect(await charts.png({ measureId: 'missing', teamId: f.hvidovre.id, chart: 'run', size: 'full' })).toBeNull();
  });

  describe('over HTTP', () => {
    const serve = async () => {
      const server = createHttpServer([charts.httpRoute()], pino({ level: 'silent' }));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    };
    const local = (url: string, base: string) => url.replace('https://bot.example.dk', base);

    it('serves a signed chart, refuses a tampered or expired one, 404s a missing one', async () => {
      const { base, close } = await serve();
      try {
        const url = local(
          charts.url({ measureId: f.measures.op24.id, teamId: f.hvidovre.id, chart: 'run', size: 'full' }),
          base,
        );
        const ok = await fetch(url);
        expect(ok.status).toBe(200);
        expect(ok.headers.get('content-type')).toBe('image/png');
        expect(Buffer.from(await ok.arrayBuffer()).subarray(0, 8)).toEqual(PNG);

        const other = local(
          charts.url({ measureId: f.measures.op24.id, teamId: f.odense.id, chart: 'run', size: 'full' }),
          base,
        );
        const tampered = url.replace(/\/charts\/[^.]+/, other.match(/\/charts\/[^.]+/)![0]);
        expect((await fetch(tampered)).status).toBe(403);

        const missing = local(
          charts.url({ measureId: 'no-such-measure', teamId: f.hvidovre.id, chart: 'run', size: 'full' }),
          base,
        );
        expect((await fetch(missing)).status).toBe(404);

        f.clock.advance(3600_000);
        expect((await fetch(url)).status).toBe(403);
      } finally {
        await close();
      }
    });

    it('serves the cross-team overview image for a viewer who may see the teams', async () => {
      const { base, close } = await serve();
      try {
        const url = local(
          charts.overviewUrl({ measureId: f.measures.op24.id, viewerId: f.people.tove.id, locale: 'da' }),
          base,
        );
        const ok = await fetch(url);
        expect(ok.status).toBe(200);
        expect(Buffer.from(await ok.arrayBuffer()).subarray(0, 8)).toEqual(PNG);
        const nobody = local(
          charts.overviewUrl({ measureId: f.measures.op24.id, viewerId: 'nobody', locale: 'da' }),
          base,
        );
        expect((await fetch(nobody)).status).toBe(404);
      } finally {
        await close();
      }
    });
  });
});
