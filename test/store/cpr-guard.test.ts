import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, uniq, type Seeded } from './seed';
import { snapshot } from './store-snapshot';

/** Every kind of free-text field a user can fill, written through the store with `text` in it. */
const WRITES: Array<[string, (store: Store, s: Seeded, text: string) => Promise<unknown>]> = [
  [
    'collaborative name',
    (st, _s, t) => st.collaboratives.create({ name: t, clinicalArea: 'KOL', startDate: '2026-01-01' }, actor()),
  ],
  [
    'collaborative clinical area',
    (st, _s, t) => st.collaboratives.create({ name: uniq('C'), clinicalArea: t, startDate: '2026-01-01' }, actor()),
  ],
  ['collaborative goals (update)', (st, s, t) => st.collaboratives.update(s.collaborative.id, { goals: t }, actor())],
  [
    'team name',
    (st, s, t) =>
      st.teams.create({ collaborativeId: s.collaborative.id, name: t, department: 'D', region: 'kommune' }, actor()),
  ],
  ['team department (update)', (st, s, t) => st.teams.update(s.team.id, { department: t }, actor())],
  [
    'team municipality',
    (st, s, t) =>
      st.teams.create(
        { collaborativeId: s.collaborative.id, name: 'N', department: 'D', region: 'kommune', municipality: t },
        actor(),
      ),
  ],
  ['person display name', (st, _s, t) => st.persons.create({ displayName: t }, actor())],
  ['person display name (update)', (st, s, t) => st.persons.update(s.person.id, { displayName: t }, actor())],
  [
    'measure name',
    (st, s, t) =>
      st.measures.create(
        {
          collaborativeId: s.collaborative.id,
          code: 'NY',
          name: t,
          type: 'outcome',
          unitKind: 'count',
          direction: 'lower',
        },
        actor(),
      ),
  ],
  ['measure data source (update)', (st, s, t) => st.measures.update(s.count.id, { dataSource: t }, actor())],
  [
    'measurement note',
    (st, s, t) =>
      st.measurements.put(
        {
          measureId: s.count.id,
          teamId: s.team.id,
          periodKey: '2026-W05',
          periodStart: '2026-01-26',
          value: 1,
          numerator: null,
          denominator: null,
          note: t,
        },
        actor(),
      ),
  ],
  ['pdsa title', (st, s, t) => st.pdsa.create({ teamId: s.team.id, title: t, plan: { objective: 'O' } }, actor())],
  [
    'pdsa plan prediction',
    (st, s, t) => st.pdsa.create({ teamId: s.team.id, title: 'T', plan: { objective: 'O', prediction: t } }, actor()),
  ],
  [
    'pdsa change idea',
    (st, s, t) => st.pdsa.create({ teamId: s.team.id, title: 'T', changeIdea: t, plan: { objective: 'O' } }, actor()),
  ],
  [
    'pdsa sponsor request',
    async (st, s, t) =>
      st.pdsa.setSponsorHelp(
        (await st.pdsa.create({ teamId: s.team.id, title: 'T', plan: { objective: 'O' } }, actor())).id,
        t,
        actor(),
      ),
  ],
  [
    'pdsa do: what happened',
    async (st, s, t) => {
      const c = await st.pdsa.create({ teamId: s.team.id, title: 'T', plan: { objective: 'O' } }, actor());
      await st.pdsa.advance(c.id, { from: 'plan', to: 'do' }, actor());
      const before = await snapshot(st);
      const err = await st.pdsa
        .advance(
          c.id,
          { from: 'do', to: 'study', fields: { startedOn: null, finishedOn: null, whatHappened: t, problems: null } },
          actor(),
        )
        .catch((e: unknown) => e);
      expect(await snapshot(st)).toEqual(before);
      throw err;
    },
  ],
  [
    'pdsa plan (update)',
    async (st, s, t) =>
      st.pdsa.update(
        (await st.pdsa.create({ teamId: s.team.id, title: 'T', plan: { objective: 'O' } }, actor())).id,
        {
          plan: {
            objective: 'O',
            questions: t,
            prediction: null,
            who: null,
            what: null,
            when: null,
            where: null,
            dataToCollect: null,
          },
        },
        actor(),
      ),
  ],
  [
    'action plan success criterion',
    (st, s, t) =>
      st.actionPlans.create(
        { teamId: s.team.id, title: 'T', whatToChange: 'W', successCriterion: t, planDate: '2026-03-01' },
        actor(),
      ),
  ],
  [
    'action plan step',
    (st, s, t) =>
      st.actionPlans.create(
        {
          teamId: s.team.id,
          title: 'T',
          whatToChange: 'W',
          steps: [{ ownerName: 'Læge', what: t, due: '2026-03-20' }],
          planDate: '2026-03-01',
        },
        actor(),
      ),
  ],
  [
    'action plan step comment',
    async (st, s, t) => {
      const plan = await st.actionPlans.create(
        { teamId: s.team.id, title: 'T', whatToChange: 'W', steps: [{ what: 'S' }], planDate: '2026-03-01' },
        actor(),
      );
      return st.actionPlans.updateStep(plan.steps[0]!.id, { comment: t }, actor());
    },
  ],
  [
    'seminar agenda',
    (st, s, t) =>
      st.seminars.create(
        { collaborativeId: s.collaborative.id, title: 'S', startsAt: new Date('2026-06-01T08:00:00Z'), agenda: t },
        actor(),
      ),
  ],
  [
    'seminar location (update)',
    async (st, s, t) =>
      st.seminars.update(
        (
          await st.seminars.create(
            { collaborativeId: s.collaborative.id, title: 'S', startsAt: new Date('2026-06-01T08:00:00Z') },
            actor(),
          )
        ).id,
        { location: t },
        actor(),
      ),
  ],
  [
    'broadcast text',
    (st, s, t) => st.broadcasts.create({ collaborativeId: s.collaborative.id, region: null, text: t }, actor()),
  ],
];

const CPR_TEXTS = [
  ['DDMMYY-SSSS', 'Pt. 240583-1234 faldt på stuen'],
  ['DDMMYYSSSS', 'Se 0101001234 i EPJ'],
  ['DDMMYY SSSS', 'cpr 311299 4321'],
  ['29 February of a leap year', '290288-0000'],
] as const;

describe.each(DIALECTS)('CPR guard on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  describe.each(WRITES)('%s', (_field, write) => {
    it.each(CPR_TEXTS)(
      'refuses a CPR number written %s, stores nothing and does not echo it',
      async (_format, text) => {
        const s = await seed(store);
        const before = await snapshot(store);
        const err = await write(store, s, text).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toMatchObject({ name: 'DomainError', code: 'CPR_NUMBER_REFUSED' });
        const digits = text.replace(/\D/g, '');
        expect(
          JSON.stringify({ ...(err as object), message: (err as Error).message }).replace(/\D/g, ''),
        ).not.toContain(digits);
        // Objects created inside `write` before the refused call (a PDSA cycle, a seminar) are allowed; nothing with the CPR is.
        const after = await snapshot(store);
        expect(JSON.stringify(after)).not.toContain(text);
        expect(JSON.stringify(after)).not.toContain(digits);
        expect(after.audit_log!.length).toBeLessThanOrEqual(before.audit_log!.length + 2);
      },
    );
  });

  it.each([
    ['a fraction', '18/22 patienter fik tjeklisten'],
    ['a phone number that is not a date', 'Ring 3545 1234 eller +45 3545 1234'],
    ['a ten-digit number whose first six digits are not a date', 'Lot 3213561234 og 1513001234'],
    ['a date and a time', 'Møde 24.05.2026 kl. 10:30'],
    ['an eleven-digit number', 'Ordre 24058312345'],
  ])('accepts %s', async (_name, note) => {
    const s = await seed(store);
    const r = await store.measurements.put(
      {
        measureId: s.count.id,
        teamId: s.team.id,
        periodKey: '2026-W06',
        periodStart: '2026-02-02',
        value: 1,
        numerator: null,
        denominator: null,
        note,
      },
      actor(),
    );
    expect(r.measurement.note).toBe(note);
    expect((await store.measurements.get(s.count.id, s.team.id, '2026-W06'))!.note).toBe(note);
  });
});
