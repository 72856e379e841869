import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { periodBounds, shiftPeriod } from '../../src/domain';
import { createChartService } from '../../src/reporting/chart-service';
import { createHttpServer } from '../../src/server/http-server';
import { conversationFixture, type ConversationFixture } from '../support/conversation-fixture';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
  const rows = Array.from({ length: 12 }, (_, i) => {
    const periodKey = shiftPeriod('2026-W30', i);
    return {
      measureId: f.measures.op24.id,
      teamId: f.hvidovre.id,
      periodKey,
      periodStart: periodBounds(periodKey)!.start,
      value: 0.8,
      numerator: 16,
      denominator: 20,
      note: null,
    };
  });
  await f.store.measurements.putMany(rows, { personId: null, at: f.clock.now() });
});
afterEach(() => f.close());

describe('chart links in chat history', () => {
  it('still load 13 months later with the configured default lifetime, and stop when the key is rotated', async () => {
    const config = loadConfig({});
    const service = (secret: string) =>
      createChartService({
        store: f.store,
        clock: f.clock,
        secret,
        publicUrl: 'https://bot.example.dk/',
        ttlMs: config.charts.ttlMs,
      });
    const charts = service('chart-secret-before-rotation-0123456789');
    const server = createHttpServer([charts.httpRoute()], pino({ level: 'silent' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const url = charts
        .url({ measureId: f.measures.op24.id, teamId: f.hvidovre.id, chart: 'run', size: 'full' })
        .replace('https://bot.example.dk', base);
      f.clock.set('2027-12-31T10:00:00Z'); // 13 months and 6 days after FIXTURE_NOW
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).subarray(0, 4)).toEqual(PNG);

      // Rotating CHART_SIGNING_SECRET invalidates old links by design.
      const rotated = createHttpServer(
        [service('chart-secret-after-rotation-9876543210').httpRoute()],
        pino({ level: 'silent' }),
      );
      await new Promise<void>((resolve) => rotated.listen(0, '127.0.0.1', resolve));
      const rotatedBase = `http://127.0.0.1:${(rotated.address() as AddressInfo).port}`;
      expect((await fetch(url.replace(base, rotatedBase))).status).toBe(403);
      await new Promise<void>((resolve) => rotated.close(() => resolve()));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
