// The playground in a real browser: Debian's Chromium driven by playwright-core. Never skipped: without
// Chromium the test fails and says how to install it.
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedDemo, type DemoSeed } from '../../src/demo/seed-demo';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { startLocalServer, type LocalServer } from '../support/local-server';
import { freshStore } from '../support/stores';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../artifacts/playground/', import.meta.url);
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('the playground page in Chromium', () => {
  let store: Store;
  let seed: DemoSeed;
  let server: LocalServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    const clock = new ManualClock('2026-11-26T09:00:00Z');
    store = await freshStore('sqlite', { clock });
    seed = await seedDemo(store, clock);
    server = await startLocalServer({ store, clock });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const shot = (name: string) => page.screenshot({ path: new URL(name, ARTIFACTS).pathname });
  const botMessages = () => page.locator('#transcript .msg.bot');

  it('lists the demo users and greets the picked clinician with what she can do', async () => {
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeDefined();
    const clinician = page.getByRole('radio', { name: /Mette Jørgensen/ });
    await clinician.check();
    await botMessages().first().locator('.card .ac-adaptiveCard').waitFor();
    expect(await page.locator('#transcript').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#message').isEnabled()).toBe(true);
    expect(await botMessages().first().getByRole('button').count()).toBeGreaterThan(0);
    await shot('01-help.png');
  });

  it('logs a measurement typed in the chat box', async () => {
    await page.locator('#message').fill('måling OP24 18/22');
    await page.locator('#message').press('Enter');
    await botMessages().nth(1).locator('.card .ac-adaptiveCard').waitFor();
    const stored = await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W48');
    expect(stored).toMatchObject({ numerator: 18, denominator: 22, recordedBy: seed.persons.clinician });
    expect(await botMessages().nth(1).innerText()).toContain('18/22');
    await shot('02-measurement.png');
  });

  it('opens the run chart from the card button and the chart image loads', async () => {
    await botMessages().nth(1).getByRole('button', { name: 'Vis graf' }).click();
    const chart = botMessages().nth(2).locator('.card img').first();
    await chart.waitFor();
    await chart.evaluate((img: HTMLImageElement) => img.decode());
    const size = await chart.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size[0]).toBeGreaterThan(300);
    expect(await chart.getAttribute('alt')).toBeTruthy();
    await shot('03-chart.png');
    await page.setViewportSize({ width: 1280, height: 1300 });
    await botMessages()
      .nth(2)
      .locator('.card')
      .screenshot({ path: new URL('04-chart-card.png', ARTIFACTS).pathname });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('undoes the measurement with the card’s Fortryd button', async () => {
    await botMessages().nth(1).getByRole('button', { name: 'Fortryd' }).click();
    await botMessages().nth(3).waitFor();
    expect(await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W48')).toBeNull();
    await shot('05-undo.png');
  });

  it('fills the PDSA Plan form in the card and creates the cycle with the typed values', async () => {
    await page.locator('#message').fill('pdsa ny');
    await page.locator('#message').press('Enter');
    const form = botMessages().nth(4);
    await form.locator('.card .ac-adaptiveCard').waitFor();
    await form.getByLabel(/^Titel/).fill('Mobilisering dag 0');
    await form.getByLabel(/^Formål/).fill('Flere patienter ud af sengen på operationsdagen.');
    await form.getByLabel(/^Forudsigelse/).fill('7 af 10 mobiliseres dag 0.');
    await shot('06-pdsa-form.png');
    await form.getByRole('button', { name: 'Opret cyklus' }).click();
    await botMessages().nth(5).locator('.card .ac-adaptiveCard').waitFor();
    const cycles = await store.pdsa.listForTeam(seed.teams.hvidovre);
    expect(cycles.find((c) => c.title === 'Mobilisering dag 0')).toMatchObject({
      phase: 'plan',
      plan: { objective: 'Flere patienter ud af sengen på operationsdagen.', prediction: '7 af 10 mobiliseres dag 0.' },
    });
    await shot('07-pdsa-created.png');
  });
});
