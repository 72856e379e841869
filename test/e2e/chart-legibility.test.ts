// A chart card in the playground at the width Teams gives a card (~450 px), in Debian's Chromium: the chart
// image stays within Teams' 1024 px guidance and its axis labels are still legible at that width.
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TEAMS_CHART } from '../../src/charts';
import { seedDemo } from '../../src/demo/seed-demo';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { startLocalServer, type LocalServer } from '../support/local-server';
import { freshStore } from '../support/stores';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../artifacts/playground/', import.meta.url);
/** The width of an Adaptive Card in a Teams chat on a laptop, about. */
const TEAMS_CARD_WIDTH = 450;
/** Smallest label size (CSS px on screen) we accept as legible. */
const MIN_LEGIBLE_PX = 10;

describe('chart legibility at Teams card width', () => {
  let store: Store;
  let server: LocalServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
    mkdirSync(ARTIFACTS, { recursive: true });
    const clock = new ManualClock('2026-11-26T09:00:00Z');
    store = await freshStore('sqlite', { clock });
    await seedDemo(store, clock);
    server = await startLocalServer({ store, clock });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 1200 }, locale: 'da-DK' });
    page.setDefaultTimeout(20_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('shows the run chart at most 1024 px wide with axis labels of at least 10 px on screen', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('radio', { name: /Mette Jørgensen/ }).check();
    const bot = page.locator('#transcript .msg.bot');
    await bot.first().locator('.card .ac-adaptiveCard').waitFor();
    // Teams shows a card about 450 px wide: make the playground's message column that wide.
    await page.addStyleTag({ content: `.msg.bot { width: ${TEAMS_CARD_WIDTH}px; max-width: ${TEAMS_CARD_WIDTH}px; }` });
    await page.locator('#message').fill('graf OP24');
    await page.locator('#message').press('Enter');
    const card = bot.nth(1).locator('.card');
    const img = card.locator('img').first();
    await img.waitFor();
    await img.evaluate((el: HTMLImageElement) => el.decode());
    const [natural, shown] = await img.evaluate((el: HTMLImageElement) => [
      el.naturalWidth,
      el.getBoundingClientRect().width,
    ]);
    expect(natural).toBeLessThanOrEqual(1024);
    expect(natural).toBe(TEAMS_CHART.width * TEAMS_CHART.scale);
    expect(shown).toBeGreaterThan(TEAMS_CARD_WIDTH - 60);
    expect(shown).toBeLessThanOrEqual(TEAMS_CARD_WIDTH);
    // The SVG is drawn at TEAMS_CHART.width CSS px; on screen it is `shown` px wide.
    const labelPx = (TEAMS_CHART.fontSize * shown) / TEAMS_CHART.width;
    expect(labelPx).toBeGreaterThanOrEqual(MIN_LEGIBLE_PX);
    await card.screenshot({ path: new URL('chart-at-teams-width.png', ARTIFACTS).pathname });
  });
});
