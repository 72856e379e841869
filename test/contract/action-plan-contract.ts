import { describe, expect, it } from 'vitest';
import { actionWith, da, expectWellFormed, textOf, type ContractEnv } from './contract-env';

/** Action plans: the playbook form, refusals field by field, the list with status and a step done from its card. */
export function actionPlanContract(env: () => ContractEnv): void {
  describe('action plans', () => {
    const fields = (e: ContractEnv) => ({
      title: 'Handleplan efter casemødet',
      whatToChange: 'Operation inden for 24 timer for alle hoftepatienter',
      successCriterion: '90 % opereret inden 24 timer',
      testMethod: 'Afprøves på ét afsnit i to uger',
      reportBack: 'Status til tovholderen i uge 6',
      planDate: '2026-12-15',
      stepAWhat: 'Ny vagtplan for anæstesi',
      stepAOwner: e.persons.lead,
      stepADue: '2026-12-18',
      stepBWhat: 'Tjekliste i skadestuen',
      stepBOwner: e.persons.clinician,
      stepBDue: '2027-01-08',
    });

    it('lets the team lead write the plan, refuses a bad one field by field, and lists the steps', async () => {
      const e = env();
      const { driver, persons, store, seed } = e;
      const form = await driver.say(persons.lead, 'handleplan ny');
      expectWellFormed(form);
      expect(form.flatMap((r) => r.inputs ?? [])).toEqual(
        expect.arrayContaining(['whatToChange', 'successCriterion', 'planDate', 'stepAWhat', 'stepAOwner', 'stepADue']),
      );
      const create = actionWith(form, 'actionplan.create').data;
      const refused = await driver.press(persons.lead, {
        ...create,
        ...fields(e),
        whatToChange: '',
        stepADue: '2031-01-01',
      });
      expect(textOf(refused)).toContain(da('actionPlan.problems'));
      expect(textOf(refused)).toContain(da('actionPlan.problem.required', { field: 'Hvad vil vi ændre?' }));
      expect(textOf(refused)).toMatch(/Trin 1, senest: 01\.01\.2031 ligger uden for samarbejdets periode/);
      expect(await store.actionPlans.listForTeam(seed.teams.hvidovre)).toEqual([]);

      const created = await driver.press(persons.lead, { ...create, ...fields(e) });
      expect(textOf(created)).toContain(da('actionPlan.created'));
      expect(textOf(created)).toContain('Ny vagtplan for anæstesi');
      const [plan] = await store.actionPlans.listForTeam(seed.teams.hvidovre);
      expect(plan!.steps.map((s) => [s.what, s.ownerId])).toEqual([
        ['Ny vagtplan for anæstesi', persons.lead],
        ['Tjekliste i skadestuen', persons.clinician],
      ]);
    });

    it('lets a clinician mark a step done from its card', async () => {
      const e = env();
      const { driver, persons, store, seed } = e;
      const form = await driver.say(persons.lead, 'handleplan ny');
      await driver.press(persons.lead, { ...actionWith(form, 'actionplan.create').data, ...fields(e) });
      const list = await driver.say(persons.clinician, 'handleplan');
      const card = await driver.press(persons.clinician, actionWith(list, 'actionplan.step').data);
      const done = await driver.press(persons.clinician, actionWith(card, 'actionplan.markStep').data);
      expect(textOf(done)).toContain(da('actionPlan.step.doneSaved'));
      const [plan] = await store.actionPlans.listForTeam(seed.teams.hvidovre);
      expect(plan!.steps[0]!.status).toBe('done');
    });

    it('shows the sponsor the weekly summary now with the team’s request', async () => {
      const e = env();
      const { driver, persons } = e;
      const form = await driver.say(persons.lead, 'handleplan ny');
      await driver.press(persons.lead, { ...actionWith(form, 'actionplan.create').data, ...fields(e) });
      const list = await driver.say(persons.lead, 'handleplan');
      const card = await driver.press(persons.lead, actionWith(list, 'actionplan.step').data);
      await driver.press(persons.lead, {
        ...actionWith(card, 'actionplan.saveStep').data,
        stepSponsorHelp: 'Godkendelse af ekstra vagt',
      });
      const summary = await driver.say(persons.sponsor, 'opsummering vis');
      expectWellFormed(summary);
      expect(textOf(summary)).toContain(da('summary.requestsTitle'));
      expect(textOf(summary)).toContain('Godkendelse af ekstra vagt');
    });
  });
}
