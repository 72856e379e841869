import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodBounds, shiftPeriod, type MeasurementWrite } from '../../src/domain';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { fixtureScheduler } from './support/fixture-scheduler';
import { cardProblems } from './support/validate-card';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
  // anna and lars have talked to the bot; mette and emma never wrote.
  for (const who of ['anna', 'lars', 'tove'] as const) await f.say(who, 'hjælp');
  const rows: MeasurementWrite[] = Array.from({ length: 16 }, (_, i) => {
    const periodKey = shiftPeriod('2026-W24', i);
    const numerator = i < 12 ? 14 : 18;
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

describe('a proposed new period reaches the team through the scheduler', () => {
  it('delivers the card with the chart to each reachable member; "Accepter" on it starts the part', async () => {
    const { platform, tick } = fixtureScheduler(f);
    await f.say('tove', 'foreslå periode Hvidovre OP24 fra uge 36 2026');
    await tick();
    const cards = platform.deliveries.filter((d) => d.message.card?.template === 'run-chart');
    expect(cards).toHaveLength(2);
    const card = cards[0]!.message.card!;
    expect(cardProblems(card)).toEqual([]);
    expect(cards[0]!.message.text).toContain('Tove Tovholder foreslår en ny periode for OP24 fra uge 36 2026.');
    expect(card.data.imageUrl).toContain(`/charts/${f.measures.op24.id}/${f.hvidovre.id}/run/full.png`);
    // The delivered card as a reply, to find its buttons the way a client would.
    const reply = { card: { ...card, summary: cards[0]!.message.text } };
    const [accepted] = await f.press('anna', buttonOf(reply, 'baseline.accept'));
    expect(accepted?.text).toBe('Ny periode fra uge 36 2026 er gemt for OP24.');
    const [twice] = await f.press('lars', buttonOf(reply, 'baseline.accept'));
    expect(twice?.text).toBe('Det er allerede gemt.');
    expect(textOf(reply)).toContain('Accepter');
  });

  it('drops the undelivered cards once the team has decided', async () => {
    const { platform, tick } = fixtureScheduler(f);
    await f.say('tove', 'foreslå periode Hvidovre OP24 fra uge 36 2026');
    await f.press('lars', {
      verb: 'baseline.decline',
      data: { teamId: f.hvidovre.id, measureId: f.measures.op24.id, periodKey: '2026-W36' },
    });
    await tick();
    expect(platform.deliveries.filter((d) => d.message.card?.template === 'run-chart')).toEqual([]);
    const rows = await f.store.reminders.list({ kind: 'baseline_proposal' });
    expect(rows.filter((r) => r.status === 'dropped').length).toBeGreaterThanOrEqual(2);
  });
});
