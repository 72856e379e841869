import { describe, expect, it } from 'vitest';
import { actionWith, da, expectWellFormed, textOf, type ContractEnv } from './contract-env';
import type { NormalizedReply } from './normalize-adaptive-card';

const PLAN = {
  title: 'Mobilisering dag 0',
  changeIdea: 'Fysioterapeut mobiliserer patienten samme dag som operationen.',
  objective: 'Afprøve om flere patienter kommer ud af sengen på operationsdagen.',
  prediction: 'Mindst 7 af 10 patienter mobiliseres dag 0.',
  who: 'Fysioterapeut i aftenvagt',
};

/** PDSA cycles: listing, starting with the Plan card, advancing through Do, Study and Act. */
export function pdsaContract(env: () => ContractEnv): void {
  describe('PDSA', () => {
    it('lists the team’s cycles with their phase', async () => {
      const { driver, persons } = env();
      const replies = await driver.say(persons.clinician, 'pdsa');
      expectWellFormed(replies);
      const text = textOf(replies);
      for (const title of [
        'Reserveret operationsstue i weekenden',
        'Klare væsker indtil 2 timer før operation',
        'Femoralisblok i akutmodtagelsen',
      ]) {
        expect(text).toContain(title);
      }
      actionWith(replies, 'pdsa.new');
      actionWith(replies, 'pdsa.open');
    });

    it('starts a cycle from the Plan card and advances it through Do, Study and Act', async () => {
      const { driver, persons, store, seed } = env();
      const form = await driver.say(persons.clinician, 'pdsa ny');
      expect(form.flatMap((r) => r.inputs ?? [])).toEqual(expect.arrayContaining(['title', 'objective', 'prediction']));
      const created = await driver.press(persons.clinician, { ...actionWith(form, 'pdsa.create').data, ...PLAN });
      expect(textOf(created)).toContain(da('pdsa.created'));
      const cycle = (await store.pdsa.listForTeam(seed.teams.hvidovre)).find((c) => c.title === PLAN.title);
      expect(cycle).toMatchObject({ phase: 'plan', ownerId: persons.clinician, plan: { objective: PLAN.objective } });

      const toDo = await advance(env(), created, {});
      expect(textOf(toDo)).toContain(da('pdsa.advanced.do'));
      const toStudy = await advance(env(), toDo, { whatHappened: 'Afprøvet på 10 patienter over en uge.' });
      expect(textOf(toStudy)).toContain('Afprøvet på 10 patienter over en uge.'); // the Study card shows what Do said
      const toAct = await advance(env(), toStudy, {
        results: '8 af 10 mobiliseret dag 0.',
        learning: 'Virker i aftenvagten.',
      });
      const done = await advance(env(), toAct, { decision: 'adopt', nextStep: 'Indføres på hele afsnittet.' });
      expect(textOf(done)).toContain(da('pdsa.advanced.done'));
      expect(await store.pdsa.get(cycle!.id)).toMatchObject({
        phase: 'done',
        do: { whatHappened: 'Afprøvet på 10 patienter over en uge.' },
        study: { results: '8 af 10 mobiliseret dag 0.' },
        act: { decision: 'adopt' },
      });
      const next = await driver.press(persons.clinician, actionWith(done, 'pdsa.new').data);
      expect(textOf(next)).toContain(PLAN.title); // the next cycle starts from the same change idea
    });

    it('keeps a double-submitted phase advance to one step', async () => {
      const { driver, persons, store, seed } = env();
      const cycle = (await store.pdsa.listForTeam(seed.teams.hvidovre)).find((c) => c.phase === 'study')!;
      const card = await driver.press(persons.clinician, { verb: 'pdsa.open', cycleId: cycle.id });
      const submit = { ...actionWith(card, 'pdsa.advance').data, results: 'Smertescoren faldt.' };
      await driver.press(persons.clinician, submit);
      const again = await driver.press(persons.clinician, submit);
      expect(textOf(again)).not.toContain(da('pdsa.advanced.act'));
      expect((await store.pdsa.get(cycle.id))!.phase).toBe('act');
    });

    it('asks for the missing field instead of advancing', async () => {
      const { driver, persons, store, seed } = env();
      const cycle = (await store.pdsa.listForTeam(seed.teams.hvidovre)).find((c) => c.phase === 'do')!;
      const card = await driver.press(persons.clinician, { verb: 'pdsa.open', cycleId: cycle.id });
      const replies = await driver.press(persons.clinician, actionWith(card, 'pdsa.advance').data);
      expect(textOf(replies)).toContain(da('pdsa.form.missing', { field: da('pdsa.field.whatHappened') }));
      expect((await store.pdsa.get(cycle.id))!.phase).toBe('do');
    });

    it('lets a sponsor read a cycle but not advance it', async () => {
      const { driver, persons, store, seed } = env();
      const cycle = (await store.pdsa.listForTeam(seed.teams.hvidovre)).find((c) => c.phase === 'plan')!;
      const card = await driver.press(persons.sponsor, { verb: 'pdsa.open', cycleId: cycle.id });
      expect(textOf(card)).toContain(cycle.title);
      expect(card.flatMap((r) => r.actions).some((a) => a.data.verb === 'pdsa.advance')).toBe(false);
      const forged = await driver.press(persons.sponsor, { verb: 'pdsa.advance', cycleId: cycle.id, from: 'plan' });
      expect(textOf(forged)).toContain(da('permission.sponsorReadOnly'));
      expect((await store.pdsa.get(cycle.id))!.phase).toBe('plan');
      expect(textOf(await driver.say(persons.sponsor, 'pdsa ny'))).toContain(da('permission.sponsorReadOnly'));
    });

    it('lets the team lead ask the sponsor for help on a cycle, and refuses a clinician kindly', async () => {
      const { driver, persons, store, seed } = env();
      const request = 'Tid på lægernes morgenmøde';
      const refused = await driver.say(persons.clinician, `brug for hjælp fra sponsor: ${request}`);
      expect(textOf(refused)).toContain(da('permission.sponsorRequestLeadOnly'));
      const active = await store.pdsa.listForTeam(seed.teams.hvidovre, ['plan', 'do', 'study', 'act']);
      const asked = await driver.say(persons.lead, `brug for hjælp fra sponsor: ${request}`);
      expectWellFormed(asked);
      // The demo team runs several cycles: the lead picks one.
      const pick = active.length > 1 ? actionWith(asked, 'pdsa.sponsorSave') : null;
      const saved = pick ? await driver.press(persons.lead, pick.data) : asked;
      expectWellFormed(saved);
      expect(textOf(saved)).toContain(da('pdsa.sponsor.saved'));
      expect(textOf(saved)).toContain(request);
      const cycleId = pick ? String(pick.data.cycleId) : active[0]!.id;
      expect((await store.pdsa.get(cycleId))?.sponsorHelp).toBe(request);
      const solved = await driver.press(persons.lead, actionWith(saved, 'pdsa.sponsorClear').data);
      expect(textOf(solved)).toContain(da('pdsa.sponsor.cleared'));
      expect((await store.pdsa.get(cycleId))?.sponsorHelp).toBeNull();
    });

    it('refuses a Plan that contains a CPR number and stores nothing', async () => {
      const { driver, persons, store, seed } = env();
      const before = await store.pdsa.listForTeam(seed.teams.hvidovre);
      const form = await driver.say(persons.clinician, 'pdsa ny');
      const replies = await driver.press(persons.clinician, {
        ...actionWith(form, 'pdsa.create').data,
        ...PLAN,
        objective: 'Følge patient 1203451234 tæt',
      });
      expect(textOf(replies)).toContain(da('error.CPR_NUMBER_REFUSED'));
      expect(textOf(replies)).not.toContain('1203451234');
      expect(await store.pdsa.listForTeam(seed.teams.hvidovre)).toEqual(before);
    });
  });
}

/** Presses the card's advance button with the phase's form values merged in. */
async function advance(
  env: ContractEnv,
  card: NormalizedReply[],
  values: Record<string, unknown>,
): Promise<NormalizedReply[]> {
  const replies = await env.driver.press(env.persons.clinician, {
    ...actionWith(card, 'pdsa.advance').data,
    ...values,
  });
  expectWellFormed(replies);
  return replies;
}
