import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/conversation/turn';
import { snapshot } from '../store/store-snapshot';
import {
  actionsOf,
  buttonOf,
  conversationFixture,
  textOf,
  type ConversationFixture,
} from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const fields = () => ({
  title: 'Handleplan efter casemødet',
  whatToChange: 'Operation inden for 24 timer for alle hoftepatienter',
  successCriterion: '90 % opereret inden 24 timer',
  when: 'Fra uge 2',
  testMethod: 'Afprøves på ét afsnit i to uger',
  reportBack: 'Status til tovholderen i uge 6',
  planDate: '2026-12-15',
  stepAWhat: 'Ny vagtplan for anæstesi',
  stepAOwner: f.people.lars.id,
  stepADue: '2026-12-18',
  stepBWhat: 'Tjekliste i skadestuen',
  stepBOwner: f.people.anna.id,
  stepBDue: '2027-01-08',
});

async function createPlan(inputs: Record<string, string> = fields()): Promise<Reply[]> {
  const [form] = await f.say('lars', 'handleplan ny');
  return f.press('lars', buttonOf(form, 'actionplan.create', { inputs }));
}

describe('handleplan ny', () => {
  it('opens the playbook form with its fields and the team members as step owners', async () => {
    const [form] = await f.say('lars', 'handleplan ny');
    expect(form?.card?.template).toBe('action-plan-form');
    const text = textOf(form);
    for (const label of [
      'Hvad vil vi ændre?',
      'succeskriterium',
      'Hvornår?',
      'små skridt, pilot',
      'meldes erfaringer tilbage til tovholderen',
      'Dato for casemødet',
      'Trin 1',
      'Trin 5',
      'Hvem',
      'Senest',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Anna Sygeplejerske');
    expect(text).toContain('Mette Fysioterapeut');
    expect(text).not.toContain('Sofie Sponsor');
  });

  it('is for the team lead and the tovholder, not for members or sponsors', async () => {
    expect(textOf((await f.say('anna', 'handleplan ny'))[0])).toContain(
      'Det kan kun teamets leder, en tovholder eller en administrator.',
    );
    expect(textOf((await f.say('sofie', 'handleplan ny'))[0])).toContain('Det kan kun teamets leder');
    const [form] = await f.say('tove', 'handleplan ny', { action: undefined });
    expect(textOf(form)).toMatch(/Hvilket team\?/);
  });

  it('stores the plan with its steps and shows the list with status', async () => {
    const replies = await createPlan();
    expect(replies[0]?.text).toBe('Handleplanen er gemt. Påmindelserne efter drejebogen er planlagt.');
    const [plan] = await f.store.actionPlans.listForTeam(f.hvidovre.id);
    expect(plan).toMatchObject({
      title: 'Handleplan efter casemødet',
      whatToChange: 'Operation inden for 24 timer for alle hoftepatienter',
      testMethod: 'Afprøves på ét afsnit i to uger',
      reportBack: 'Status til tovholderen i uge 6',
      planDate: '2026-12-15',
      createdBy: f.people.lars.id,
    });
    expect(plan!.steps.map((s) => [s.what, s.ownerId, s.due])).toEqual([
      ['Ny vagtplan for anæstesi', f.people.lars.id, '2026-12-18'],
      ['Tjekliste i skadestuen', f.people.anna.id, '2027-01-08'],
    ]);
    const list = textOf(replies[1]);
    expect(list).toContain('2 åbne trin, heraf 0 overskredne, og 0 udførte.');
    expect(list).toContain('Ny vagtplan for anæstesi – Lars Overlæge');
    expect(list).toContain('Åben · senest 18.12.2026');
  });

  it('a double submit stores the plan once', async () => {
    const [form] = await f.say('lars', 'handleplan ny');
    const action = buttonOf(form, 'actionplan.create', { inputs: fields() });
    await f.press('lars', action);
    const again = await f.press('lars', action);
    expect(textOf(again[0])).toMatch(/allerede/i);
    expect(await f.store.actionPlans.listForTeam(f.hvidovre.id)).toHaveLength(1);
  });

  it('refuses bad input field by field in Danish, keeps what was typed, and stores nothing', async () => {
    const [empty] = await f.say('lars', 'handleplan ny');
    const before = await snapshot(f.store);
    const [form] = await f.press(
      'lars',
      buttonOf(empty, 'actionplan.create', {
        inputs: {
          ...fields(),
          whatToChange: ' ',
          planDate: '31-02-2026',
          stepAOwner: f.people.sofie.id,
          stepADue: '2031-01-01',
          stepBWhat: ' ',
          stepBOwner: f.people.anna.id,
          stepCOwner: f.people.anna.id,
        },
      }),
    );
    const text = textOf(form);
    expect(form?.card?.template, text).toBe('action-plan-form');
    expect(text).toContain('Handleplanen er ikke gemt. Ret venligst:');
    expect(text).toContain('Hvad vil vi ændre?: skal udfyldes.');
    expect(text).toContain('Dato for casemødet: "31-02-2026" er ikke en dato');
    expect(text).toContain('Trin 1, hvem: vælg en person fra teamet.');
    expect(text).toMatch(/Trin 1, senest: 01\.01\.2031 ligger uden for samarbejdets periode/);
    expect(text).toContain('Trin 2, hvad skal gøres: skriv hvad der skal gøres');
    expect(text).toContain('Trin 3, hvad skal gøres: skriv hvad der skal gøres');
    expect(text).toContain('Ny vagtplan for anæstesi');
    expect(await snapshot(f.store)).toEqual(before);
  });

  it('refuses a CPR number in any field before anything is read', async () => {
    const [empty] = await f.say('lars', 'handleplan ny');
    const before = await snapshot(f.store);
    const [reply] = await f.press(
      'lars',
      buttonOf(empty, 'actionplan.create', { inputs: { ...fields(), stepBWhat: 'Ring til patient 240583-1234' } }),
    );
    expect(textOf(reply)).toContain('CPR-nummer');
    expect(textOf(reply)).not.toContain('240583');
    expect(await snapshot(f.store)).toEqual(before);
  });

  it('asks for at least one step, in English for an English user', async () => {
    const en = await f.say('emma', 'handleplan');
    expect(textOf(en[0])).toContain('Action plans of Team Hvidovre');
    const { stepAWhat, stepAOwner, stepADue, stepBWhat, stepBOwner, stepBDue, ...noSteps } = fields();
    const [form] = await createPlan(noSteps);
    expect(textOf(form)).toContain('Trin: skriv mindst ét konkret trin.');
  });
});

describe('steps from their card', () => {
  async function openFirstStep(who: 'lars' | 'anna' | 'sofie' = 'lars') {
    await createPlan();
    const [list] = await f.say(who, 'handleplan');
    const [card] = await f.press(who, buttonOf(list, 'actionplan.step', { title: 'Åbn trin' }));
    return card;
  }

  it('marks a step done, and the list counts it', async () => {
    const card = await openFirstStep('anna');
    const [done] = await f.press('anna', buttonOf(card, 'actionplan.markStep'));
    expect(textOf(done)).toContain('Trinnet er markeret som udført.');
    const [list] = await f.say('anna', 'handleplan');
    expect(textOf(list)).toContain('1 åbne trin, heraf 0 overskredne, og 1 udførte.');
    expect(textOf(list)).toContain('Udført 25.11.2026');
  });

  it('moves the deadline and adds a comment; an overdue step shows in red text', async () => {
    const card = await openFirstStep();
    const [saved] = await f.press(
      'lars',
      buttonOf(card, 'actionplan.saveStep', { inputs: { stepDue: '2026-12-01', stepComment: 'Venter på HR' } }),
    );
    expect(textOf(saved)).toContain('Trinnet er opdateret.');
    expect(textOf(saved)).toContain('Venter på HR');
    f.clock.set('2026-12-03T10:00:00Z');
    const [list] = await f.say('lars', 'handleplan');
    expect(textOf(list)).toContain('Overskredet · skulle være klar 01.12.2026');
  });

  it('lets the lead ask the sponsor for help; a member cannot', async () => {
    const card = await openFirstStep();
    await f.press(
      'lars',
      buttonOf(card, 'actionplan.saveStep', { inputs: { stepSponsorHelp: 'Godkendelse af ekstra vagt' } }),
    );
    const [plan] = await f.store.actionPlans.listForTeam(f.hvidovre.id);
    expect(plan!.steps[0]!.sponsorHelp).toBe('Godkendelse af ekstra vagt');
    const [list] = await f.say('anna', 'handleplan');
    const [memberCard] = await f.press('anna', buttonOf(list, 'actionplan.step', { title: 'Åbn trin' }));
    expect(actionsOf(memberCard).length).toBeGreaterThan(0);
    expect(textOf(memberCard)).not.toContain('Hvad skal sponsoren hjælpe med?');
    const [refused] = await f.press(
      'anna',
      buttonOf(memberCard, 'actionplan.saveStep', { inputs: { stepSponsorHelp: 'andet' } }),
    );
    expect(textOf(refused)).toContain('Det kan kun teamets leder');
  });

  it('refuses a deadline outside the collaborative and a CPR number in a comment, storing nothing', async () => {
    const card = await openFirstStep();
    const before = await snapshot(f.store);
    const [bad] = await f.press('lars', buttonOf(card, 'actionplan.saveStep', { inputs: { stepDue: '2020-01-01' } }));
    expect(textOf(bad)).toContain('Fristen er ikke gemt');
    const [cpr] = await f.press(
      'lars',
      buttonOf(card, 'actionplan.saveStep', { inputs: { stepComment: 'Pt. 240583-1234' } }),
    );
    expect(textOf(cpr)).toMatch(/CPR/);
    expect(await snapshot(f.store)).toEqual(before);
  });

  it('shows the sponsor the steps but no buttons to change them', async () => {
    const card = await openFirstStep('sofie');
    expect(textOf(card)).toContain('Ny vagtplan for anæstesi');
    expect(() => buttonOf(card, 'actionplan.markStep')).toThrow();
  });
});

describe('status', () => {
  it('shows open and overdue steps of the team', async () => {
    await createPlan();
    f.clock.set('2026-12-21T10:00:00Z');
    const [card] = await f.say('sofie', 'status');
    const text = textOf(card);
    expect(text).toContain('Handleplan');
    expect(text).toContain('2 åbne trin, 1 overskredne');
    expect(text).toContain('Overskredet: Ny vagtplan for anæstesi (Lars Overlæge, 18.12.2026)');
  });
});

describe('opsummering vis', () => {
  it('shows the sponsor the weekly summary now, with what the team asks of the sponsor', async () => {
    await createPlan();
    const [list] = await f.say('lars', 'handleplan');
    const [card] = await f.press('lars', buttonOf(list, 'actionplan.step', { title: 'Åbn trin' }));
    await f.press(
      'lars',
      buttonOf(card, 'actionplan.saveStep', { inputs: { stepSponsorHelp: 'Godkendelse af ekstra vagt' } }),
    );
    const [summary] = await f.say('sofie', 'opsummering vis');
    expect(summary?.card?.template).toBe('sponsor-summary');
    const text = textOf(summary);
    expect(text).toContain('Team Hvidovre');
    expect(text).toContain('Teamet beder om din hjælp');
    expect(text).toContain('Godkendelse af ekstra vagt (trin: Ny vagtplan for anæstesi)');
    expect(textOf((await f.say('anna', 'opsummering vis'))[0])).not.toContain('Teamet beder om din hjælp');
  });
});
