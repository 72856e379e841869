import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodBounds, shiftPeriod, type MeasurementWrite } from '../../src/domain';
import { conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

/** VENT (lower is better) for Team Hvidovre, 24 weeks from week 24 2026: twelve around `before`, twelve around `after`. */
async function seedWaits(before: number, after: number): Promise<void> {
  const rows: MeasurementWrite[] = [];
  for (let i = 0; i < 24; i++) {
    const periodKey = shiftPeriod('2026-W24', i);
    const value = (i < 12 ? before : after) + ((i * 7) % 5) - 2;
    rows.push({
      measureId: f.measures.vent.id,
      teamId: f.hvidovre.id,
      periodKey,
      periodStart: periodBounds(periodKey)!.start,
      value,
      numerator: null,
      denominator: null,
      note: null,
    });
  }
  await f.store.measurements.putMany(rows, { personId: null, at: f.clock.now() });
}

describe("signals read in the measure's direction", () => {
  it('shows a drop in waiting time as an improvement: green heading, blue MDC icon, a new baseline to consider', async () => {
    await seedWaits(40, 20);
    const [reply] = await f.say('anna', 'graf VENT');
    const text = textOf(reply);
    expect(reply!.card!.data.signalColor).toBe('Good');
    expect(text).toContain('Tegn på forbedring');
    expect(text).toContain(
      'Ventetid på operation er faldet: 12 uger i træk under medianen siden uge 36 — det ligner en reel forbedring.',
    );
    expect(text).toContain('Overvej en ny baseline fra uge 36.');
    expect(text).toContain('🔵 Særlig variation – forbedring');
    expect(text).not.toContain('Tegn på ikke-tilfældig variation');
  });

  it('shows a rise in waiting time as a worsening: red heading, orange MDC icon, a cause to find', async () => {
    await seedWaits(20, 40);
    const [reply] = await f.say('anna', 'graf VENT');
    const text = textOf(reply);
    expect(reply!.card!.data.signalColor).toBe('Attention');
    expect(text).toContain('Tegn på forværring');
    expect(text).toContain(
      'Ventetid på operation er steget: 12 uger i træk over medianen siden uge 36 — det ligner en reel forværring.',
    );
    expect(text).toContain('Find årsagen: hvad ændrede sig omkring uge 36?');
    expect(text).toContain('🟠 Særlig variation – forværring');
  });

  it('gives the MDC assurance on the control chart: a goal of 20 hours the process cannot reliably meet', async () => {
    await seedWaits(40, 40);
    const [reply] = await f.say('anna', 'graf VENT');
    const [spc] = await f.press('anna', {
      verb: 'chart.show',
      data: { teamId: f.hvidovre.id, measureId: f.measures.vent.id, chart: 'i' },
    });
    expect(textOf(reply)).toContain('⚪ Almindelig variation');
    expect(textOf(spc)).toContain('Målopfyldelse\n⛔ Målet nås ikke med den nuværende proces');
  });
});
