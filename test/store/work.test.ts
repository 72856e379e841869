import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdsaStartInput, Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, T0, type Seeded } from './seed';
import { expectRejectedUnchanged } from './store-snapshot';

describe.each(DIALECTS)('work repositories on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });
  const start = (s: Seeded, over: Partial<PdsaStartInput> = {}): PdsaStartInput => ({
    teamId: s.team.id,
    title: 'Tjekliste ved modtagelse',
    changeIdea: 'Fast tjekliste i akutmodtagelsen',
    ownerId: s.person.id,
    plan: {
      objective: 'Flere opereret inden 24 timer',
      prediction: '80 % inden 24 t',
      who: 'Sygeplejersker',
      when: 'uge 10',
    },
    dueDates: { plan: '2026-03-06', do: '2026-03-20' },
    measureIds: [s.proportion.id],
    ...over,
  });

  describe('pdsa', () => {
    it('starts a cycle in Plan with normalised fields and reads it back', async () => {
      const s = await seed(store);
      const c = await store.pdsa.create(start(s), actor(s.person.id));
      expect(c).toMatchObject({
        teamId: s.team.id,
        phase: 'plan',
        ownerId: s.person.id,
        plan: {
          objective: 'Flere opereret inden 24 timer',
          questions: null,
          dataToCollect: null,
          who: 'Sygeplejersker',
        },
        do: null,
        study: null,
        act: null,
        dueDates: { plan: '2026-03-06', do: '2026-03-20', study: null, act: null },
        measureIds: [s.proportion.id],
        previousCycleId: null,
        createdAt: T0,
        updatedAt: T0,
      });
      expect(await store.pdsa.get(c.id)).toEqual(c);
      expect(await store.pdsa.get('missing')).toBeNull();
    });

    it('moves forward through Do, Study and Act to done, storing each phase', async () => {
      const s = await seed(store);
      const c = await store.pdsa.create(start(s), actor());
      await store.pdsa.advance(c.id, { from: 'plan', to: 'do' }, actor());
      await store.pdsa.advance(
        c.id,
        {
          from: 'do',
          to: 'study',
          fields: {
            startedOn: '2026-03-09',
            finishedOn: '2026-03-13',
            whatHappened: 'Brugt på 20 patienter',
            problems: null,
          },
        },
        actor(),
      );
      await store.pdsa.advance(
        c.id,
        { from: 'study', to: 'act', fields: { results: '85 %', comparedToPrediction: 'Bedre', learning: null } },
        actor(),
      );
      const done = await store.pdsa.advance(
        c.id,
        { from: 'act', to: 'done', fields: { decision: 'adopt', nextStep: 'Alle afsnit' } },
        actor('p9'),
      );
      expect(done).toMatchObject({
        phase: 'done',
        do: { whatHappened: 'Brugt på 20 patienter', startedOn: '2026-03-09' },
        study: { results: '85 %' },
        act: { decision: 'adopt', nextStep: 'Alle afsnit' },
      });
      expect(await store.pdsa.get(c.id)).toEqual(done);
      const entries = await store.audit.list({ entity: 'pdsa', entityId: c.id });
      expect(entries.map((e) => e.action)).toEqual(['update', 'update', 'update', 'update', 'create']);
      expect(entries[0]).toMatchObject({ actorId: 'p9', oldValue: { phase: 'act' }, newValue: { phase: 'done' } });
    });

    it('takes an advance back only while the cycle is as it left it, clearing what it wrote (audited)', async () => {
      const s = await seed(store);
      const c = await store.pdsa.create(start(s), actor());
      await store.pdsa.advance(c.id, { from: 'plan', to: 'do' }, actor());
      const fields = { startedOn: null, finishedOn: null, whatHappened: 'Brugt på 20 patienter', problems: null };
      const advanced = await store.pdsa.advance(c.id, { from: 'do', to: 'study', fields }, actor());
      const step = { from: 'do', to: 'study' } as const;
      expect(
        await store.pdsa.revertAdvance(c.id, step, new Date(advanced.updatedAt.getTime() - 1), actor()),
      ).toBeNull();
      expect(await store.pdsa.revertAdvance(c.id, { from: 'plan', to: 'do' }, advanced.updatedAt, actor())).toBeNull();
      expect(await store.pdsa.get(c.id)).toEqual(advanced);
      const reverted = await store.pdsa.revertAdvance(c.id, step, advanced.updatedAt, actor('p7'));
      expect(reverted).toMatchObject({ phase: 'do', do: null, study: null });
      expect(await store.pdsa.get(c.id)).toEqual(reverted);
      const [entry] = await store.audit.list({ entity: 'pdsa', entityId: c.id, limit: 1 });
      expect(entry).toMatchObject({ actorId: 'p7', oldValue: { phase: 'study' }, newValue: { phase: 'do' } });
      expect(await store.pdsa.revertAdvance(c.id, step, advanced.updatedAt, actor())).toBeNull();
    });

    it('refuses a double submit, skipping a phase and going backwards, unchanged', async () => {
      const s = await seed(store);
      const c = await store.pdsa.create(start(s), actor());
      await store.pdsa.advance(c.id, { from: 'plan', to: 'do' }, actor());
      await expectRejectedUnchanged(
        store,
        () => store.pdsa.advance(c.id, { from: 'plan', to: 'do' }, actor()),
        'PDSA_PHASE_ORDER',
      );
      await expectRejectedUnchanged(
        store,
        () =>
          store.pdsa.advance(
            c.id,
            { from: 'study', to: 'act', fields: { results: 'x', comparedToPrediction: null, learning: null } },
            actor(),
          ),
        'PDSA_PHASE_ORDER',
      );
      await expectRejectedUnchanged(
        store,
        () => store.pdsa.advance(c.id, { from: 'do', to: 'act' } as never, actor()),
        'PDSA_PHASE_ORDER',
      );
      await expectRejectedUnchanged(
        store,
        () => store.pdsa.advance('missing', { from: 'plan', to: 'do' }, actor()),
        'NOT_FOUND',
      );
      await expectRejectedUnchanged(
        store,
        () =>
          store.pdsa.advance(
            c.id,
            {
              from: 'do',
              to: 'study',
              fields: { startedOn: null, finishedOn: null, whatHappened: '', problems: null },
            },
            actor(),
          ),
        'VALIDATION_FAILED',
        { field: 'whatHappened' },
      );
      expect((await store.pdsa.get(c.id))!.phase).toBe('do');
    });

    it('edits plan, title, owner and due dates without changing the phase', async () => {
      const s = await seed(store);
      const c = await store.pdsa.create(start(s), actor());
      const u = await store.pdsa.update(
        c.id,
        {
          title: 'Tjekliste v2',
          dueDates: { plan: null, do: '2026-03-27', study: '2026-04-03', act: null },
          ownerId: null,
        },
        actor(),
      );
      expect(u).toMatchObject({
        title: 'Tjekliste v2',
        phase: 'plan',
        ownerId: null,
        dueDates: { plan: null, do: '2026-03-27', study: '2026-04-03', act: null },
      });
      expect(await store.pdsa.get(c.id)).toEqual(u);
      await expectRejectedUnchanged(
        store,
        () => store.pdsa.update(c.id, { ownerId: 'missing' }, actor()),
        'UNKNOWN_PERSON',
      );
      await expectRejectedUnchanged(store, () => store.pdsa.update('missing', { title: 'x' }, actor()), 'NOT_FOUND');
    });

    it('sets and clears a sponsor request with its time, audited, and refuses an unknown cycle or too long a text', async () => {
      const s = await seed(store);
      const c = await store.pdsa.create(start(s), actor());
      expect(c).toMatchObject({ sponsorHelp: null, sponsorHelpAt: null });
      const later = new Date(T0.getTime() + 60_000);
      const asked = await store.pdsa.setSponsorHelp(c.id, '  Budget til tjeklister ', actor(null, later));
      expect(asked).toMatchObject({ sponsorHelp: 'Budget til tjeklister', sponsorHelpAt: later, phase: 'plan' });
      expect(await store.pdsa.get(c.id)).toEqual(asked);
      // The same text again changes nothing (a repeated submit keeps the first time).
      expect(await store.pdsa.setSponsorHelp(c.id, 'Budget til tjeklister', actor())).toEqual(asked);
      await expectRejectedUnchanged(
        store,
        () => store.pdsa.setSponsorHelp(c.id, 'x'.repeat(1001), actor()),
        'VALIDATION_FAILED',
      );
      await expectRejectedUnchanged(store, () => store.pdsa.setSponsorHelp('missing', 'x', actor()), 'NOT_FOUND');
      expect(await store.pdsa.setSponsorHelp(c.id, '', actor())).toMatchObject({
        sponsorHelp: null,
        sponsorHelpAt: null,
      });
      expect((await store.audit.list({ entity: 'pdsa', entityId: c.id })).map((e) => e.action)).toEqual([
        'update',
        'update',
        'create',
      ]);
    });

    it('lists a team’s cycles, optionally by phase', async () => {
      const s = await seed(store);
      const a = await store.pdsa.create(start(s, { title: 'A' }), actor());
      const b = await store.pdsa.create(
        start(s, { title: 'B', previousCycleId: a.id }),
        actor(null, new Date(T0.getTime() + 1000)),
      );
      await store.pdsa.advance(a.id, { from: 'plan', to: 'do' }, actor());
      expect((await store.pdsa.listForTeam(s.team.id)).map((c) => c.title)).toEqual(['A', 'B']);
      expect((await store.pdsa.listForTeam(s.team.id, ['plan'])).map((c) => c.id)).toEqual([b.id]);
      expect((await store.pdsa.listForTeam(s.team.id, ['do', 'study'])).map((c) => c.id)).toEqual([a.id]);
      expect(b.previousCycleId).toBe(a.id);
      expect(await store.pdsa.listForTeam(s.otherTeam.id)).toEqual([]);
    });

    it('rejects a cycle for an unknown team, owner or measure, or without an objective', async () => {
      const s = await seed(store);
      await expectRejectedUnchanged(
        store,
        () => store.pdsa.create(start(s, { teamId: 'missing' }), actor()),
        'UNKNOWN_TEAM',
      );
      await expectRejectedUnchanged(
        store,
        () => store.pdsa.create(start(s, { ownerId: 'missing' }), actor()),
        'UNKNOWN_PERSON',
      );
      await expectRejectedUnchanged(
        store,
        () => store.pdsa.create(start(s, { measureIds: ['missing'] }), actor()),
        'UNKNOWN_MEASURE',
      );
      await expectRejectedUnchanged(
        store,
        () => store.pdsa.create(start(s, { plan: { objective: ' ' } }), actor()),
        'VALIDATION_FAILED',
        {
          field: 'plan.objective',
        },
      );
    });
  });

  describe('action plans', () => {
    it('creates an action plan with steps, reads it back and lists it for the team', async () => {
      const s = await seed(store);
      const plan = await store.actionPlans.create(
        {
          teamId: s.team.id,
          title: 'Handleplan efter casemøde',
          whatToChange: 'Tidlig mobilisering',
          successCriterion: '90 % mobiliseret dag 1',
          when: 'Fra uge 12',
          steps: [{ ownerName: 'Fysioterapeut', what: 'Mobilisering dag 1', due: '2026-03-20' }],
          planDate: '2026-03-10',
        },
        actor(s.person.id),
      );
      expect(plan).toMatchObject({
        teamId: s.team.id,
        when: 'Fra uge 12',
        testMethod: null,
        reportBack: null,
        createdBy: s.person.id,
        planDate: '2026-03-10',
      });
      expect(plan.steps).toMatchObject([
        {
          ownerName: 'Fysioterapeut',
          ownerId: null,
          what: 'Mobilisering dag 1',
          due: '2026-03-20',
          status: 'open',
          comments: [],
        },
      ]);
      expect(await store.actionPlans.get(plan.id)).toEqual(plan);
      expect(await store.actionPlans.listForTeam(s.team.id)).toEqual([plan]);
      expect(await store.actionPlans.get('missing')).toBeNull();
      const [entry] = await store.audit.list({ entity: 'action_plan', entityId: plan.id });
      expect(entry).toMatchObject({ action: 'create', newValue: { title: 'Handleplan efter casemøde' } });
    });

    it('rejects an action plan for an unknown team or with a bad date', async () => {
      const s = await seed(store);
      const base = { teamId: s.team.id, title: 'X', whatToChange: 'Y', planDate: '2026-03-10' };
      await expectRejectedUnchanged(
        store,
        () => store.actionPlans.create({ ...base, teamId: 'missing' }, actor()),
        'UNKNOWN_TEAM',
      );
      await expectRejectedUnchanged(
        store,
        () => store.actionPlans.create({ ...base, planDate: '10-03-2026' }, actor()),
        'VALIDATION_FAILED',
        {
          field: 'planDate',
        },
      );
    });
  });

  describe('audit log', () => {
    it('records who, when, entity, action, old and new value, newest first, filtered and limited', async () => {
      const s = await seed(store);
      const at1 = new Date(T0.getTime() + 1000);
      const at2 = new Date(T0.getTime() + 2000);
      await store.teams.update(s.team.id, { name: 'Navn 1' }, actor('auditor', at1));
      await store.teams.update(s.team.id, { name: 'Navn 2' }, actor('auditor', at2));
      const entries = await store.audit.list({ entity: 'team', entityId: s.team.id });
      expect(entries).toHaveLength(3);
      expect(entries[0]).toMatchObject({
        actorId: 'auditor',
        at: at2,
        entity: 'team',
        entityId: s.team.id,
        action: 'update',
        oldValue: { name: 'Navn 1' },
        newValue: { name: 'Navn 2' },
      });
      expect(entries[2]).toMatchObject({ action: 'create', actorId: null, oldValue: null });
      expect(await store.audit.list({ entity: 'team', entityId: s.team.id, limit: 1 })).toEqual([entries[0]]);
      expect((await store.audit.list({ actorId: 'auditor' })).every((e) => e.actorId === 'auditor')).toBe(true);
      expect(typeof entries[0]!.id).toBe('string');
    });
  });
});
