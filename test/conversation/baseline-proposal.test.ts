import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodBounds, reminderCause, shiftPeriod, type MeasurementWrite } from '../../src/domain';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import type { Reply } from '../../src/conversation/turn';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const LOW = [14, 15, 13, 14, 16, 14, 13, 15, 14, 14, 15, 13];

/** OP24 for Team Hvidovre, weeks 24–35 of 2026, around 70 %. */
async function seedBaseline(): Promise<void> {
  const rows: MeasurementWrite[] = LOW.map((numerator, i) => {
    const periodKey = shiftPeriod('2026-W24', i);
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
}

/** Anna starts the PDSA cycle "Fast track" on OP24 in week 36 (1 September 2026). */
async function startCycle(): Promise<void> {
  f.clock.set('2026-09-01T10:00:00Z');
  const [form] = await f.say('anna', 'pdsa ny');
  await f.press(
    'anna',
    buttonOf(form, 'pdsa.create', {
      inputs: { title: 'Fast track', objective: 'Hurtigere til OP', measureIds: f.measures.op24.id },
    }),
  );
  f.clock.set('2026-11-25T10:00:00Z');
}

/** Anna logs 18/20 for weeks 36, 37, … one by one; the replies of each turn. */
async function logHigh(weeks: number, from = 36): Promise<Reply[][]> {
  const turns: Reply[][] = [];
  for (let w = from; w < from + weeks; w++) turns.push(await f.say('anna', `måling OP24 18/20 uge ${w}`));
  return turns;
}

const proposalOf = (turns: Reply[][]) =>
  turns.flatMap((r) => r.filter((x) => x.card?.data.title === 'Ny periode for Operation inden for 24 timer (OP24)?'));

describe('proposing a new period after a PDSA change', () => {
  it('proposes once, when the shift after the cycle signals, with the chart and the reasoning', async () => {
    await seedBaseline();
    await startCycle();
    const turns = await logHigh(10);
    const proposals = proposalOf(turns);
    expect(proposals).toHaveLength(1);
    // Eight values in a row above the median make the shift (20 values: the longest run limit is 7).
    const at = turns.findIndex((r) => r.length === 2);
    expect(at).toBe(7);
    const card = proposals[0]!;
    expect(card.card?.data.imageUrl).toContain(`/charts/${f.measures.op24.id}/${f.hvidovre.id}/run/full.png`);
    expect(card.charts?.[0]).toMatchObject({ chart: 'run', size: 'full' });
    expect(textOf(card)).toContain(
      "Siden uge 36 2026 ligger 8 målinger i træk over medianen – efter PDSA-cyklussen 'Fast track' startede i uge 36 2026. Det ligner en varig ændring.",
    );
    expect(await f.store.baselines.proposal(f.hvidovre.id, f.measures.op24.id, '2026-W36')).toMatchObject({
      status: 'open',
      proposedBy: null,
    });

    // Undoing the value and logging it again makes the shift appear again: not proposed twice.
    await f.press('anna', buttonOf(turns[at]![0], 'measurement.undo'));
    expect(proposalOf([await f.say('anna', 'måling OP24 18/20 uge 43')])).toEqual([]);

    // "Accepter" starts the part; a second press is answered, not stored again.
    const [accepted, chart] = await f.press('lars', buttonOf(card, 'baseline.accept'));
    expect(accepted?.text).toBe('Ny periode fra uge 36 2026 er gemt for OP24.');
    expect(textOf(chart)).toContain('Median\n90 %');
    const [again] = await f.press('anna', buttonOf(card, 'baseline.accept'));
    expect(again?.text).toBe('Det er allerede gemt.');
    const [late] = await f.press('anna', buttonOf(card, 'baseline.decline'));
    expect(late?.text).toBe('Det er allerede gemt.');
    const stored = await f.store.baselines.all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'part', periodKey: '2026-W36', createdBy: f.people.lars.id });
    expect(await f.store.baselines.proposal(f.hvidovre.id, f.measures.op24.id, '2026-W36')).toMatchObject({
      status: 'accepted',
      decidedBy: f.people.lars.id,
    });
  });

  it('"Ikke nu" records the decline, and the same start is never proposed again', async () => {
    await seedBaseline();
    await startCycle();
    const first = proposalOf(await logHigh(8));
    const [declined] = await f.press('anna', buttonOf(first[0], 'baseline.decline'));
    expect(declined?.text).toBe('Forstået – jeg foreslår ikke en ny periode fra uge 36 2026 for OP24 igen.');
    expect(proposalOf(await logHigh(3, 44))).toEqual([]);
    expect(await f.store.baselines.all()).toEqual([]);
    const [again] = await f.press('anna', buttonOf(first[0], 'baseline.decline'));
    expect(again?.text).toBe('Det er allerede gemt.');
  });

  it('proposes nothing for a shift that was there before the value', async () => {
    await seedBaseline();
    await logHigh(8);
    // The cycle starts after the shift appeared: the next value does not make it appear.
    await startCycle();
    expect(proposalOf(await logHigh(1, 44))).toEqual([]);
  });

  it('proposes nothing for a shift without a PDSA cycle before it', async () => {
    await seedBaseline();
    expect(proposalOf(await logHigh(10))).toEqual([]);
  });

  it('refuses a sponsor pressing "Accepter", and a forged proposal', async () => {
    await seedBaseline();
    await startCycle();
    const [card] = proposalOf(await logHigh(8));
    const [sponsor] = await f.press('sofie', buttonOf(card, 'baseline.accept'));
    expect(sponsor?.text).toContain('sponsor');
    const [forged] = await f.press('anna', {
      verb: 'baseline.accept',
      data: { teamId: f.hvidovre.id, measureId: f.measures.op24.id, periodKey: '2026-W40' },
    });
    expect(forged?.text).toBe('Det fandt jeg ikke.');
    const [bad] = await f.press('anna', { verb: 'baseline.accept', data: { teamId: f.hvidovre.id } });
    expect(bad?.text).toBeTruthy();
    expect(await f.store.baselines.all()).toEqual([]);
  });
});

describe('a tovholder or expert proposes a new period', () => {
  it('sends the card to the team members once; a member accepts it', async () => {
    await seedBaseline();
    await logHigh(4);
    const [sent] = await f.say('tove', 'foreslå periode Hvidovre OP24 fra uge 36 2026');
    expect(sent?.text).toBe('Forslaget om en ny periode fra uge 36 2026 er sendt til 4 i Team Hvidovre.');
    const reminders = await f.store.reminders.listByCause(
      reminderCause.baselineProposal(f.hvidovre.id, f.measures.op24.id, '2026-W36'),
    );
    expect(
      reminders.map((r) => r.recipient).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual(
      ['anna', 'emma', 'lars', 'mette']
        .map((k) => ({ kind: 'person', personId: f.people[k as 'anna'].id }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
    expect(reminders[0]?.payload).toEqual({
      teamId: f.hvidovre.id,
      measureId: f.measures.op24.id,
      periodKey: '2026-W36',
      proposedBy: f.people.tove.id,
    });
    const [twice] = await f.say('erik', 'foreslå periode hvidovre op24 fra uge 36 2026');
    expect(twice?.text).toBe('Der er allerede foreslået en ny periode fra uge 36 2026 for OP24 i Team Hvidovre.');
    const [accepted] = await f.press('lars', {
      verb: 'baseline.accept',
      data: { teamId: f.hvidovre.id, measureId: f.measures.op24.id, periodKey: '2026-W36' },
    });
    expect(accepted?.text).toBe('Ny periode fra uge 36 2026 er gemt for OP24.');
  });

  it('refuses members and sponsors, and bad input', async () => {
    await seedBaseline();
    const [member] = await f.say('anna', 'foreslå periode Hvidovre OP24 fra uge 30 2026');
    expect(member?.text).toBe('Det kan kun samarbejdets tovholdere, eksperter og administratorer.');
    const [sponsor] = await f.say('sofie', 'foreslå periode Hvidovre OP24 fra uge 30 2026');
    expect(sponsor?.text).toBe('Det kan kun samarbejdets tovholdere, eksperter og administratorer.');
    const [noTeam] = await f.say('tove', 'foreslå periode OP24 fra uge 30 2026');
    expect(noTeam?.text).toBe('Skriv hvilket team, fx "foreslå periode Hvidovre OP24 fra uge 29 2026".');
    const [unknownTeam] = await f.say('tove', 'foreslå periode Xyzzy OP24 fra uge 30 2026');
    expect(unknownTeam?.text).toBe('Jeg kender ikke det team.');
    const [outside] = await f.say('tove', 'foreslå periode Hvidovre OP24 fra uge 40 2026');
    expect(outside?.text).toBe('uge 40 2026 ligger uden for målingerne af OP24 (uge 24 2026 – uge 35 2026).');
    expect(await f.store.reminders.list({ kind: 'baseline_proposal' })).toEqual([]);
  });
});
