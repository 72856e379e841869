import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctionFlow } from '../../src/conversation/flows/correction-flow';
import type { Flow, FlowContext } from '../../src/conversation/flow';
import { createRouter } from '../../src/conversation/route-turn';
import { buttonOf, conversationFixture, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const MINUTE = 60_000;
const stored = (periodKey: string) => f.store.measurements.get(f.measures.vent.id, f.hvidovre.id, periodKey);
const audit = () => f.store.audit.list({ entity: 'measurement' });

describe('fortryd typed', () => {
  it('says there is nothing to undo', async () => {
    expect(await f.say('anna', 'fortryd')).toEqual([{ text: 'Der er ikke noget at fortryde.' }]);
    expect(await f.say('emma', 'undo')).toEqual([{ text: 'There is nothing to undo.' }]);
  });

  it('undoes the last stored measurement (audited), then has nothing left', async () => {
    await f.say('anna', 'måling VENT 40');
    const [undone] = await f.say('anna', 'fortryd');
    expect(undone?.text).toBe('Fortrudt: målingen for VENT, uge 48 er slettet.');
    expect(await stored('2026-W48')).toBeNull();
    expect((await audit()).map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'delete']));
    expect((await f.say('anna', 'fortryd'))[0]?.text).toBe('Der er ikke noget at fortryde.');
  });

  it('is too late after the undo window and keeps the value', async () => {
    await f.say('anna', 'måling VENT 40');
    f.clock.advance(11 * MINUTE);
    expect((await f.say('anna', 'fortryd'))[0]?.text).toContain('Det kan ikke fortrydes længere');
    expect(await stored('2026-W48')).toMatchObject({ value: 40 });
  });

  it('undoes only the own last action, and not over a later change by someone else', async () => {
    await f.say('anna', 'måling VENT 40 uge 47');
    expect((await f.say('lars', 'fortryd'))[0]?.text).toBe('Der er ikke noget at fortryde.');
    await f.say('lars', 'ret VENT uge 47 41');
    expect((await f.say('anna', 'fortryd'))[0]?.text).toContain('Værdien er ændret siden');
    expect(await stored('2026-W47')).toMatchObject({ value: 41 });
  });

  it('undoes a correction (the old value returns) and a deletion (the value returns)', async () => {
    await f.say('anna', 'måling VENT 40 uge 47');
    f.clock.advance(1000);
    await f.say('anna', 'ret VENT uge 47 42');
    expect((await f.say('anna', 'fortryd'))[0]?.text).toBe('Fortrudt: VENT, uge 47 er igen 40 timer.');
    expect(await stored('2026-W47')).toMatchObject({ value: 40 });
    // One level only: the measurement before the correction is not undone next.
    expect((await f.say('anna', 'fortryd'))[0]?.text).toBe('Der er ikke noget at fortryde.');
    f.clock.advance(1000);
    const [ask] = await f.say('anna', 'slet VENT uge 47');
    await f.press('anna', buttonOf(ask, 'measurement.delete'));
    expect(await stored('2026-W47')).toBeNull();
    expect((await f.say('anna', 'fortryd'))[0]?.text).toBe('Fortrudt: VENT, uge 47 er igen 40 timer.');
    expect(await stored('2026-W47')).toMatchObject({ value: 40 });
  });

  it('reopens the action-plan step just marked done', async () => {
    const [form] = await f.say('lars', 'handleplan ny');
    const inputs = {
      title: 'Handleplan efter casemødet',
      whatToChange: 'Operation inden for 24 timer',
      successCriterion: '90 % opereret inden 24 timer',
      when: 'Fra uge 2',
      testMethod: 'Afprøves på ét afsnit',
      reportBack: 'Status i uge 6',
      planDate: '2026-12-15',
      stepAWhat: 'Ny vagtplan for anæstesi',
      stepAOwner: f.people.anna.id,
      stepADue: '2026-12-18',
    };
    await f.press('lars', buttonOf(form, 'actionplan.create', { inputs }));
    const [list] = await f.say('anna', 'handleplan');
    const [card] = await f.press('anna', buttonOf(list, 'actionplan.step', { title: 'Åbn trin' }));
    await f.press('anna', buttonOf(card, 'actionplan.markStep'));
    const [undone] = await f.say('anna', 'fortryd');
    expect(undone?.text).toBe('Fortrudt: "Ny vagtplan for anæstesi" er ikke længere markeret som udført.');
    const [plan] = await f.store.actionPlans.listForTeam(f.hvidovre.id);
    expect(plan?.steps[0]).toMatchObject({ status: 'open', doneAt: null });
    const steps = await f.store.audit.list({ entity: 'action_plan_step', actorId: f.people.anna.id });
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect((await f.say('anna', 'fortryd'))[0]?.text).toBe('Der er ikke noget at fortryde.');
  });
});

describe('fortryd after a PDSA phase advance', () => {
  const createCycle = () =>
    f.store.pdsa.create(
      { teamId: f.hvidovre.id, title: 'Smerte ved ankomst', plan: { objective: 'Alle får målt smerte' } },
      { personId: f.people.anna.id, at: f.clock.now() },
    );
  const advance = (who: 'anna' | 'lars' | 'emma', cycleId: string, from: string, inputs: Record<string, string> = {}) =>
    f.press(who, { verb: 'pdsa.advance', data: { cycleId, from, ...inputs } });

  it('takes the last advance back (the fields it wrote cleared, audited), once', async () => {
    const cycle = await createCycle();
    await advance('anna', cycle.id, 'plan');
    await advance('anna', cycle.id, 'do', { whatHappened: 'Gennemført på dagvagter' });
    expect(await f.store.pdsa.get(cycle.id)).toMatchObject({
      phase: 'study',
      do: { whatHappened: 'Gennemført på dagvagter' },
    });
    const [undone] = await f.say('anna', 'fortryd');
    expect(undone?.text).toBe('Fortrudt: PDSA-cyklussen "Smerte ved ankomst" er tilbage i fasen Udfør.');
    expect(await f.store.pdsa.get(cycle.id)).toMatchObject({ phase: 'do', do: null });
    const audit = await f.store.audit.list({ entity: 'pdsa', entityId: cycle.id, limit: 1 });
    expect(audit[0]).toMatchObject({
      actorId: f.people.anna.id,
      oldValue: expect.objectContaining({ phase: 'study' }),
    });
    expect((await f.say('anna', 'fortryd'))[0]?.text).toBe('Der er ikke noget at fortryde.');
  });

  it('does not take it back after someone moved the cycle on, nor after the window, and speaks English', async () => {
    const cycle = await createCycle();
    await advance('anna', cycle.id, 'plan');
    await advance('lars', cycle.id, 'do', { whatHappened: 'Gennemført' });
    expect((await f.say('anna', 'fortryd'))[0]?.text).toBe('Det er ændret siden, så jeg fortryder ikke.');
    expect((await f.store.pdsa.get(cycle.id))?.phase).toBe('study');
    await advance('lars', cycle.id, 'study', { results: '80 %' });
    f.clock.advance(11 * MINUTE);
    expect((await f.say('lars', 'fortryd'))[0]?.text).toBe(
      'Det kan ikke fortrydes længere – fortryd virker i 10 minutter.',
    );
    expect((await f.store.pdsa.get(cycle.id))?.phase).toBe('act');
    const second = await createCycle();
    await advance('emma', second.id, 'plan');
    expect((await f.say('emma', 'undo'))[0]?.text).toBe(
      'Undone: the PDSA cycle "Smerte ved ankomst" is back in the Plan phase.',
    );
  });
});

describe('routing', () => {
  it('keeps the longest match: "fortryd periode" goes to the flow that has it, "fortryd" alone to undo', async () => {
    const other: Flow = {
      name: 'baseline',
      commands: [{ words: ['fortryd periode'], handle: async () => [{ text: 'baseline' }] }],
      actions: {},
    };
    const router = createRouter([correctionFlow, other], async () => [{ text: 'fallback' }]);
    // Neither handler reached here reads the context.
    const ctx = {} as FlowContext;
    expect(await router.dispatch(ctx, { text: 'fortryd periode OP24' })).toEqual([{ text: 'baseline' }]);
  });

  it('routes "fortryd" and "undo" alone to the typed undo', async () => {
    expect((await f.say('anna', 'Fortryd'))[0]?.text).toBe('Der er ikke noget at fortryde.');
    expect((await f.say('anna', '/undo'))[0]?.text).toBe('Der er ikke noget at fortryde.');
  });
});
