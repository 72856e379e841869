import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodBounds, shiftPeriod, type MeasurementWrite } from '../../src/domain';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const LOW = [14, 15, 13, 14, 16, 14, 13, 15, 14, 14, 15, 13];

/** OP24 for Team Hvidovre from week 24 of 2026: twelve weeks around 70 %, then `high` weeks at 90 %. */
async function seed(high: number): Promise<void> {
  const rows: MeasurementWrite[] = [];
  for (let i = 0; i < 12 + high; i++) {
    const periodKey = shiftPeriod('2026-W24', i);
    const numerator = i < 12 ? LOW[i]! : 18;
    rows.push({
      measureId: f.measures.op24.id,
      teamId: f.hvidovre.id,
      periodKey,
      periodStart: periodBounds(periodKey)!.start,
      value: numerator / 20,
      numerator,
      denominator: 20,
      note: null,
    });
  }
  await f.store.measurements.putMany(rows, { personId: null, at: f.clock.now() });
}

const events = () => f.store.baselines.all();

describe('freeze and split a chart in chat', () => {
  it('freezes the baseline: stored with who, answered with the chart whose median comes from the baseline', async () => {
    await seed(12);
    const replies = await f.say('anna', 'frys OP24 uge 35 2026');
    expect(replies[0]?.text).toBe(
      'Baseline for OP24 er frosset ved uge 35 2026: median og grænser beregnes nu ud fra målingerne til og med uge 35 2026.',
    );
    expect(replies[1]?.card?.template).toBe('run-chart');
    expect(textOf(replies[1])).toContain('Median\n70 %');
    const [event] = await events();
    expect(event).toMatchObject({
      kind: 'freeze',
      periodKey: '2026-W35',
      createdBy: f.people.anna.id,
      why: null,
      teamId: f.hvidovre.id,
      measureId: f.measures.op24.id,
      undoneAt: null,
    });
  });

  it('starts a new period with its own median, with the reason; the same one twice is stored once', async () => {
    await seed(12);
    const replies = await f.say('anna', 'ny periode OP24 fra uge 36 2026 fordi ny arbejdsgang');
    expect(replies[0]?.text).toBe('OP24 har fået en ny periode fra uge 36 2026 med sin egen median og grænser.');
    expect(textOf(replies[1])).toContain('Median\n90 %');
    const again = await f.say('anna', 'new period op24 from week 36 2026');
    expect(again[0]?.text).toBe('Det er allerede gemt for OP24 (uge 36 2026).');
    const stored = await events();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'part', periodKey: '2026-W36', why: 'ny arbejdsgang' });
  });

  it('undoes the latest freeze or period, of the named measure or the latest changed one', async () => {
    await seed(12);
    await f.say('anna', 'frys OP24 uge 35 2026');
    f.clock.advance(60_000);
    await f.say('anna', 'ny periode OP24 fra uge 36 2026');
    const [first, chart] = await f.say('anna', 'fortryd periode OP24');
    expect(first?.text).toBe('Den nye periode fra uge 36 2026 for OP24 er fortrudt.');
    expect(textOf(chart)).toContain('Median\n70 %');
    const [second] = await f.say('anna', 'fortryd periode');
    expect(second?.text).toBe('Frysningen af baseline ved uge 35 2026 for OP24 er fortrudt.');
    const [none] = await f.say('anna', 'fortryd periode');
    expect(none?.text).toBe('Der er ingen frosset baseline eller ny periode at fortryde for Team Hvidovre.');
    const stored = await events();
    expect(stored.map((e) => [e.kind, e.undoneBy])).toEqual([
      ['freeze', f.people.anna.id],
      ['part', f.people.anna.id],
    ]);
    expect(await f.store.baselines.active(f.hvidovre.id, f.measures.op24.id)).toEqual([]);
  });

  it('refuses bad input with a field-specific message and stores nothing', async () => {
    await seed(12);
    const cases: Array<[string, string]> = [
      ['frys OP24', 'Skriv perioden, fx "frys OP24 uge 12 2026".'],
      ['frys', 'Skriv hvilket mål, fx "frys OP24 uge 12 2026".'],
      ['frys uge 30 2026', 'Skriv hvilket mål, fx "frys OP24 uge 12 2026".'],
      ['frys OP24 uge 54 2026', 'Jeg forstod ikke perioden "uge 54 2026".'],
      ['frys XYZQ uge 30 2026', 'Jeg kender ikke målet "XYZQ".'],
      ['frys OP24 uge 10 2026', 'uge 10 2026 ligger uden for målingerne af OP24 (uge 24 2026 – uge 47 2026).'],
      ['frys OP24 uge 49 2026', 'uge 49 2026 ligger uden for målingerne af OP24 (uge 24 2026 – uge 47 2026).'],
      [
        'ny periode OP24 fra uge 24 2026',
        'En ny periode skal begynde efter den første måling af OP24 (uge 24 2026); vælg en senere periode.',
      ],
      ['frys OP24 nov. 2026', 'Målet opgøres pr. uge'],
      ['frys ventetid uge 40 2026', 'VENT har ingen målinger endnu, så der er intet at fryse eller dele.'],
      ['fortryd periode OP24', 'Der er ingen frosset baseline eller ny periode at fortryde for OP24.'],
    ];
    for (const [text, answer] of cases) {
      const [reply] = await f.say('anna', text);
      expect(reply?.text, text).toContain(answer);
    }
    expect(await events()).toEqual([]);
  });

  it('answers in English', async () => {
    await seed(12);
    await f.say('anna', 'sprog en');
    const [reply] = await f.say('anna', 'freeze OP24 week 35 2026');
    expect(reply?.text).toBe(
      'The baseline of OP24 is frozen at week 35 2026: median and limits now come from the values up to and including week 35 2026.',
    );
    const [bad] = await f.say('anna', 'freeze OP24');
    expect(bad?.text).toBe('Say the period, e.g. "freeze OP24 week 12 2026".');
  });

  it('lets members, leads, experts and tovholdere set them, never a sponsor', async () => {
    await seed(12);
    const [sponsor] = await f.say('sofie', 'frys OP24 uge 35 2026');
    expect(sponsor?.text).toContain('sponsor');
    expect(await events()).toEqual([]);
    const [lead] = await f.say('lars', 'frys OP24 uge 35 2026');
    expect(lead?.text).toContain('er frosset ved uge 35 2026');
    // An expert reaches several teams: picking one resumes the command for it.
    const [picker] = await f.say('erik', 'ny periode OP24 fra uge 36 2026');
    expect(picker?.card?.template).toBe('choice');
    const [expert] = await f.press('erik', buttonOf(picker, 'team.pick', { inputs: { teamId: f.hvidovre.id } }));
    expect(expert?.text).toContain('har fået en ny periode fra uge 36 2026');
    expect((await events()).map((e) => [e.kind, e.createdBy])).toEqual([
      ['freeze', f.people.lars.id],
      ['part', f.people.erik.id],
    ]);
  });
});
