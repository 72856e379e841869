import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/conversation/turn';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const plan = {
  title: 'Smertescore ved indlæggelse',
  changeIdea: 'Smerte måles ved ankomst',
  objective: 'Alle får målt smerte inden 30 minutter',
  questions: 'Kan triagen nå det?',
  prediction: '80 % får målt smerte',
  who: 'Triagesygeplejerske',
  what: 'NRS ved ankomst',
  when: 'Uge 49',
  where: 'Skadestuen',
  dataToCollect: 'Andel med NRS inden 30 min',
  dueDo: '2026-12-04',
  dueStudy: '2026-12-11',
  dueAct: '2026-12-18',
};

async function createCycle(who: 'anna' | 'mette' = 'anna', fields: Record<string, string> = plan): Promise<Reply> {
  const [form] = await f.say(who, 'pdsa ny');
  const [created] = await f.press(
    who,
    buttonOf(form, 'pdsa.create', { inputs: { ...fields, measureIds: f.measures.op24.id } }),
  );
  return created!;
}

describe('starting a PDSA cycle', () => {
  it('shows the Plan card with the IHI worksheet fields and the team’s measures', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    expect(form?.card?.template).toBe('pdsa-plan-form');
    const text = textOf(form);
    for (const label of [
      'Formål med cyklussen',
      'Spørgsmål vi vil have besvaret',
      'Forudsigelse',
      'Hvem',
      'Hvad',
      'Hvornår',
      'Hvor',
      'Data der skal indsamles',
      'Tilknyttede mål',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('OP24 – Operation inden for 24 timer');
  });

  it('takes a title typed after "pdsa ny"', async () => {
    const [form] = await f.say('anna', 'pdsa ny Tidlig mobilisering');
    expect(textOf(form)).toContain('Tidlig mobilisering');
  });

  it('creates the cycle in phase Plan, linked to the chosen measures and owned by the writer', async () => {
    const created = await createCycle();
    expect(textOf(created)).toContain('PDSA-cyklussen er oprettet.');
    const [cycle] = await f.store.pdsa.listForTeam(f.hvidovre.id);
    expect(cycle).toMatchObject({
      title: plan.title,
      changeIdea: plan.changeIdea,
      phase: 'plan',
      ownerId: f.people.anna.id,
      measureIds: [f.measures.op24.id],
      plan: { objective: plan.objective, prediction: plan.prediction, dataToCollect: plan.dataToCollect },
      dueDates: { plan: null, do: '2026-12-04', study: '2026-12-11', act: '2026-12-18' },
    });
    expect(textOf(created)).toContain('Forudsigelse\n80 % får målt smerte');
    expect(buttonOf(created, 'pdsa.advance').data).toMatchObject({ cycleId: cycle!.id, from: 'plan' });
  });

  it('creates once when the Plan card is submitted twice', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    const submit = buttonOf(form, 'pdsa.create', { inputs: plan });
    await f.press('anna', submit);
    const [again] = await f.press('anna', submit);
    expect(again?.text).toBe('Det er allerede gemt – der skete ikke mere.');
    expect(await f.store.pdsa.listForTeam(f.hvidovre.id)).toHaveLength(1);
  });

  it('keeps what was typed when the objective is missing, and restores it as a draft', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    const [again] = await f.press('anna', buttonOf(form, 'pdsa.create', { inputs: { ...plan, objective: ' ' } }));
    expect(again?.card?.template).toBe('pdsa-plan-form');
    expect(textOf(again)).toContain('Udfyld mindst titel og formål');
    expect(textOf(again)).toContain(plan.prediction);
    expect(await f.store.pdsa.listForTeam(f.hvidovre.id)).toEqual([]);
    const [later] = await f.say('anna', 'pdsa ny');
    expect(textOf(later)).toContain('Din kladde er hentet frem.');
    expect(textOf(later)).toContain(plan.prediction);
  });

  it('saves a draft on request and forgets it once the cycle is created', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    const [saved] = await f.press(
      'anna',
      buttonOf(form, 'pdsa.saveDraft', { inputs: { title: 'Halvfærdig', who: 'Lars' } }),
    );
    expect(saved?.text).toContain('Kladden er gemt');
    const [restored] = await f.say('anna', 'pdsa ny');
    expect(textOf(restored)).toContain('Halvfærdig');
    await f.press('anna', buttonOf(restored, 'pdsa.create', { inputs: { ...plan } }));
    const [fresh] = await f.say('anna', 'pdsa ny');
    expect(textOf(fresh)).not.toContain('Din kladde er hentet frem.');
  });

  it('refuses a bad due date and keeps the form', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    const [again] = await f.press('anna', buttonOf(form, 'pdsa.create', { inputs: { ...plan, dueDo: '4. december' } }));
    expect(textOf(again)).toContain('Datoen i "Udfør senest" kan jeg ikke læse.');
  });

  it('refuses a CPR number in a Plan field without storing anything', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    const [reply] = await f.press(
      'anna',
      buttonOf(form, 'pdsa.create', { inputs: { ...plan, who: 'pt. 010190-1234' } }),
    );
    expect(reply?.text).toMatch(/CPR-nummer/);
    expect(await f.store.pdsa.listForTeam(f.hvidovre.id)).toEqual([]);
    expect(
      await f.store.conversationState.get(`pdsaDraft:${f.people.anna.id}:${f.hvidovre.id}`, f.clock.now()),
    ).toBeNull();
  });
});

describe('due dates', () => {
  it('asks when the test starts, and keeps that as the due date of Plan', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    expect(textOf(form)).toContain('Afprøvningen starter senest');
    const created = await createCycle('anna', { ...plan, duePlan: '2026-11-30' });
    expect(textOf(created)).toContain('Fase: Planlæg · frist 30.11.2026');
    expect((await f.store.pdsa.listForTeam(f.hvidovre.id))[0]?.dueDates).toEqual({
      plan: '2026-11-30',
      do: '2026-12-04',
      study: '2026-12-11',
      act: '2026-12-18',
    });
  });

  it('refuses due dates out of phase order and keeps the form', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    const [again] = await f.press(
      'anna',
      buttonOf(form, 'pdsa.create', { inputs: { ...plan, dueStudy: '2026-12-01' } }),
    );
    expect(again?.card?.template).toBe('pdsa-plan-form');
    expect(textOf(again)).toContain(
      'Fristerne skal komme i rækkefølge: "Udfør senest" kan ikke ligge efter "Studér senest".',
    );
    expect(textOf(again)).toContain(plan.objective);
    expect(await f.store.pdsa.listForTeam(f.hvidovre.id)).toEqual([]);
  });

  it('moves the due date of the current phase, and the reminder follows it', async () => {
    const created = await createCycle();
    const [doCard] = await f.press('anna', buttonOf(created, 'pdsa.advance'));
    const [form] = await f.press('anna', buttonOf(doCard, 'pdsa.editDue'));
    expect(form?.card?.template).toBe('pdsa-due-form');
    expect(textOf(form)).toContain('Frist for "Udfør": Smertescore ved indlæggelse');
    const [moved] = await f.press('anna', buttonOf(form, 'pdsa.setDue', { inputs: { due: '2026-12-09' } }));
    expect(textOf(moved)).toContain('Fristen for "Udfør" er nu 09.12.2026.');
    expect(textOf(moved)).toContain('Fase: Udfør · frist 09.12.2026');
    const [cycle] = await f.store.pdsa.listForTeam(f.hvidovre.id);
    expect(cycle?.dueDates).toEqual({ plan: null, do: '2026-12-09', study: '2026-12-11', act: '2026-12-18' });
    // Past a later phase's date: stored, with a note about that phase.
    const [past] = await f.press('anna', buttonOf(form, 'pdsa.setDue', { inputs: { due: '2026-12-14' } }));
    expect(textOf(past)).toContain(
      'Fristen for "Udfør" er nu 14.12.2026. Bemærk: "Studér" har stadig frist 11.12.2026 – skift den, når I når dertil.',
    );

    // A date typed in a Danish shape (a client without a date picker) is read too.
    const [typed] = await f.press('anna', buttonOf(form, 'pdsa.setDue', { inputs: { due: '10. dec. 2026' } }));
    expect(textOf(typed)).toContain('Fristen for "Udfør" er nu 10.12.2026.');

    // The same form sent again (corrected) is fine; an empty date clears the due date.
    const [cleared] = await f.press('anna', buttonOf(form, 'pdsa.setDue', { inputs: { due: '' } }));
    expect(textOf(cleared)).toContain('Fasen "Udfør" har ikke længere en frist.');
    expect((await f.store.pdsa.get(cycle!.id))?.dueDates.do).toBeNull();
  });

  it('refuses a past or unreadable date, and a form for a phase the cycle has left, changing nothing', async () => {
    const created = await createCycle();
    const [form] = await f.press('anna', buttonOf(created, 'pdsa.editDue'));
    const [past] = await f.press('anna', buttonOf(form, 'pdsa.setDue', { inputs: { due: '2026-11-24' } }));
    expect(past?.card?.template).toBe('pdsa-due-form');
    expect(textOf(past)).toContain('Fristen kan ikke ligge før i dag.');
    const [bad] = await f.press('anna', buttonOf(form, 'pdsa.setDue', { inputs: { due: '30. november' } }));
    expect(textOf(bad)).toContain('Den dato kan jeg ikke læse.');
    await f.press('anna', buttonOf(created, 'pdsa.advance'));
    const [stale] = await f.press('anna', buttonOf(form, 'pdsa.setDue', { inputs: { due: '2026-12-01' } }));
    expect(stale?.text).toContain('allerede gået videre');
    expect((await f.store.pdsa.listForTeam(f.hvidovre.id))[0]?.dueDates).toEqual({
      plan: null,
      do: '2026-12-04',
      study: '2026-12-11',
      act: '2026-12-18',
    });
  });

  it('lets only those who may write the team’s PDSA move a due date', async () => {
    const created = await createCycle();
    const [form] = await f.press('anna', buttonOf(created, 'pdsa.editDue'));
    const refusals = {
      sofie: 'Som sponsor kan du følge teamets data og PDSA-cyklusser, men ikke indtaste eller ændre dem.',
      ole: 'Det kan du kun for de teams, du selv er med i.',
    };
    for (const [who, text] of Object.entries(refusals)) {
      const [refused] = await f.press(
        who as 'sofie' | 'ole',
        buttonOf(form, 'pdsa.setDue', { inputs: { due: '2026-12-01' } }),
      );
      expect(refused?.text).toBe(text);
      expect(refused?.card).toBeUndefined();
    }
    const [opened] = await f.press('sofie', buttonOf(created, 'pdsa.editDue'));
    expect(opened?.card).toBeUndefined();
    expect((await f.store.pdsa.listForTeam(f.hvidovre.id))[0]?.dueDates.plan).toBeNull();
  });
});

describe('advancing through Do, Study and Act', () => {
  it('moves Plan → Do → Study → Act → done, each card showing what was written before', async () => {
    const created = await createCycle();
    const [doCard] = await f.press('anna', buttonOf(created, 'pdsa.advance'));
    expect(textOf(doCard)).toContain('Afprøvningen er i gang');
    expect(textOf(doCard)).toContain('Udfør: hvad skete der?');
    expect(textOf(doCard)).toContain(plan.objective);

    const [studyCard] = await f.press(
      'anna',
      buttonOf(doCard, 'pdsa.advance', {
        inputs: {
          startedOn: '2026-11-30',
          finishedOn: '2026-12-04',
          whatHappened: 'Gennemført på dagvagter',
          problems: 'Travlt om natten',
        },
      }),
    );
    expect(textOf(studyCard)).toContain('Studér: hvad viser resultaterne?');
    expect(textOf(studyCard)).toContain('Gennemført på dagvagter');
    expect(textOf(studyCard)).toContain('30.11.2026');

    const [actCard] = await f.press(
      'anna',
      buttonOf(studyCard, 'pdsa.advance', {
        inputs: { results: '17 af 20', comparedToPrediction: 'Bedre end forudsagt', learning: 'Natten kræver mere' },
      }),
    );
    expect(textOf(actCard)).toContain('Handl: hvad beslutter I?');
    expect(textOf(actCard)).toContain('17 af 20');
    expect(textOf(actCard)).toContain('Indfør');

    const [doneCard] = await f.press(
      'anna',
      buttonOf(actCard, 'pdsa.advance', { inputs: { decision: 'adapt', nextStep: 'Afprøv om natten' } }),
    );
    expect(textOf(doneCard)).toContain('Cyklussen er afsluttet.');
    expect(textOf(doneCard)).toContain('Beslutning\nTilpas');
    const [cycle] = await f.store.pdsa.listForTeam(f.hvidovre.id);
    expect(cycle).toMatchObject({
      phase: 'done',
      do: { startedOn: '2026-11-30', whatHappened: 'Gennemført på dagvagter' },
      study: { results: '17 af 20' },
      act: { decision: 'adapt', nextStep: 'Afprøv om natten' },
    });
  });

  it('stores a double-submitted phase once', async () => {
    const created = await createCycle();
    const [doCard] = await f.press('anna', buttonOf(created, 'pdsa.advance'));
    const submit = buttonOf(doCard, 'pdsa.advance', { inputs: { whatHappened: 'Første' } });
    await f.press('anna', submit);
    const [again] = await f.press('anna', submit);
    expect(again?.text).toBe('Det er allerede gemt – der skete ikke mere.');
    const [cycle] = await f.store.pdsa.listForTeam(f.hvidovre.id);
    expect(cycle).toMatchObject({ phase: 'study', do: { whatHappened: 'Første' } });
  });

  it('shows the current card when an old card of an earlier phase is submitted', async () => {
    const created = await createCycle();
    const [doCard] = await f.press('anna', buttonOf(created, 'pdsa.advance'));
    await f.press('lars', buttonOf(doCard, 'pdsa.advance', { inputs: { whatHappened: 'Lars skrev' } }));
    const [stale, current] = await f.press('anna', {
      ...buttonOf(doCard, 'pdsa.advance', { inputs: { whatHappened: 'Anna skrev' } }),
      data: { ...buttonOf(doCard, 'pdsa.advance').data, nonce: 'other', whatHappened: 'Anna skrev' },
    });
    expect(stale?.text).toContain('allerede gået videre');
    expect(textOf(current)).toContain('Lars skrev');
    const [cycle] = await f.store.pdsa.listForTeam(f.hvidovre.id);
    expect(cycle?.do?.whatHappened).toBe('Lars skrev');
  });

  it('asks for the required field of a phase', async () => {
    const created = await createCycle();
    const [doCard] = await f.press('anna', buttonOf(created, 'pdsa.advance'));
    const [missing] = await f.press('anna', buttonOf(doCard, 'pdsa.advance', { inputs: { whatHappened: '' } }));
    expect(missing?.text).toBe('Udfyld "Hvad skete der?" først.');
    expect((await f.store.pdsa.listForTeam(f.hvidovre.id))[0]?.phase).toBe('do');
  });

  it('offers the next cycle with the same change idea after Act', async () => {
    const created = await createCycle();
    let card = (await f.press('anna', buttonOf(created, 'pdsa.advance')))[0];
    card = (await f.press('anna', buttonOf(card, 'pdsa.advance', { inputs: { whatHappened: 'x' } })))[0];
    card = (await f.press('anna', buttonOf(card, 'pdsa.advance', { inputs: { results: 'y' } })))[0];
    card = (
      await f.press(
        'anna',
        buttonOf(card, 'pdsa.advance', { inputs: { decision: 'adopt', nextStep: 'Udbred til nattevagter' } }),
      )
    )[0];
    const [next] = await f.press('anna', buttonOf(card, 'pdsa.new'));
    const text = textOf(next);
    expect(text).toContain('Næste PDSA-cyklus efter "Smertescore ved indlæggelse"');
    expect(text).toContain('Smertescore ved indlæggelse – cyklus 2');
    expect(text).toContain(plan.changeIdea);
    expect(text).toContain('Udbred til nattevagter');
    await f.press('anna', buttonOf(next, 'pdsa.create'));
    const cycles = await f.store.pdsa.listForTeam(f.hvidovre.id);
    const second = cycles.find((c) => c.phase === 'plan');
    expect(second).toMatchObject({
      title: 'Smertescore ved indlæggelse – cyklus 2',
      changeIdea: plan.changeIdea,
      measureIds: [f.measures.op24.id],
    });
    expect(second?.previousCycleId).toBe(cycles.find((c) => c.phase === 'done')?.id);
  });
});

describe('opening a cycle by its title', () => {
  it('opens the cycle whose title contains the words, else lists them all with a note', async () => {
    await createCycle();
    await createCycle('anna', { ...plan, title: 'Fastende før operation' });
    const [found] = await f.say('anna', 'pdsa fastende');
    expect(found?.card?.template).toBe('pdsa-cycle');
    expect(textOf(found)).toContain('PDSA: Fastende før operation');
    const [note, list] = await f.say('anna', 'pdsa mobilisering');
    expect(note?.text).toBe('Ingen af teamets PDSA-cyklusser har "mobilisering" i titlen. Her er dem alle:');
    expect(list?.card?.template).toBe('pdsa-list');
    // A sponsor reads the cycle without its forms.
    const [read] = await f.say('sofie', 'pdsa smertescore');
    expect(textOf(read)).toContain('PDSA: Smertescore ved indlæggelse');
    expect(() => buttonOf(read, 'pdsa.advance')).toThrow();
  });
});

describe('the PDSA list', () => {
  it('lists the team’s cycles with phase and due dates, overdue ones marked', async () => {
    await createCycle();
    const created = await createCycle('anna', { ...plan, title: 'Fastende før operation', dueDo: '2026-11-20' });
    await f.press('anna', buttonOf(created, 'pdsa.advance'));
    const [list] = await f.say('anna', 'pdsa');
    expect(list?.card?.template).toBe('pdsa-list');
    const text = textOf(list);
    expect(text).toContain('PDSA-cyklusser – Team Hvidovre');
    expect(text).toContain('2 aktive af 2.');
    // The phase once, then its due date (not the phase again).
    expect(text).toContain('Fase: Udfør\nFrist 20.11.2026 er overskredet');
    expect(text).toContain('Fase: Planlæg\nIngen frist');
    expect(buttonOf(list, 'pdsa.new').data.teamId).toBe(f.hvidovre.id);
  });

  it('lets a sponsor read the list and a cycle, without forms', async () => {
    const created = await createCycle();
    const [list] = await f.say('sofie', 'pdsa');
    expect(() => buttonOf(list, 'pdsa.new')).toThrow();
    const [cycle] = await f.press('sofie', buttonOf(list, 'pdsa.open'));
    expect(textOf(cycle)).toContain(plan.objective);
    expect(() => buttonOf(cycle, 'pdsa.advance')).toThrow();
    const [refused] = await f.press('sofie', buttonOf(created, 'pdsa.advance'));
    expect(refused?.text).toBe(
      'Som sponsor kan du følge teamets data og PDSA-cyklusser, men ikke indtaste eller ændre dem.',
    );
  });

  it('refuses a member of another team', async () => {
    const created = await createCycle();
    const [refused] = await f.press('ole', buttonOf(created, 'pdsa.advance'));
    expect(refused?.text).toBe('Det kan du kun for de teams, du selv er med i.');
    const [open] = await f.press('ole', {
      verb: 'pdsa.open',
      data: { cycleId: buttonOf(created, 'pdsa.advance').data.cycleId },
    });
    expect(open?.text).toBe('Det kan du kun for de teams, du selv er med i.');
  });

  it('refuses a sponsor starting a cycle', async () => {
    const [reply] = await f.say('sofie', 'pdsa ny');
    expect(reply?.text).toContain('Som sponsor');
  });

  it('answers in English', async () => {
    const [form] = await f.say('emma', 'pdsa new');
    expect(textOf(form)).toContain('New PDSA cycle: Plan');
    expect(textOf(form)).toContain('Objective of this cycle');
  });
});
