import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkPersonByEmail, type Person, type Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import { SMALL_SETUP, cli, workDir } from './cli-harness';

const identity = { platform: 'teams', tenantId: 'tenant-1', userId: 'aad-sofie' } as const;

describe('forbedringsbot person export / delete', () => {
  let store: Store;
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  let dir: string;
  let sofie: Person;
  const run = (...argv: string[]) => cli(argv, { store, clock, cwd: dir });

  beforeEach(async () => {
    store = await freshStore('sqlite', { clock });
    dir = workDir({ 'setup.yaml': SMALL_SETUP });
    await run('setup', 'setup.yaml');
    sofie = (await linkPersonByEmail(store, identity, 'Lead@Hvidovre.example', { personId: null, at: clock.now() }))!;
    const c = (await store.collaboratives.findByName('LKT Test'))!;
    const team = (await store.teams.findByName(c.id, 'Hvidovre'))!;
    const op24 = (await store.measures.findByCode(c.id, 'OP24'))!;
    await store.measurements.put(
      {
        measureId: op24.id,
        teamId: team.id,
        periodKey: '2026-W05',
        periodStart: '2026-01-26',
        value: 0.9,
        numerator: 18,
        denominator: 20,
        note: null,
      },
      { personId: sofie.id, at: clock.now() },
    );
  });
  afterEach(() => store.close());

  it('links a chat identity to the person set up by email on first contact', async () => {
    expect(sofie.email).toBe('lead@hvidovre.example');
    expect(sofie.identities).toEqual([identity]);
    expect((await store.persons.findByIdentity(identity))!.id).toBe(sofie.id);
    const again = await linkPersonByEmail(store, identity, 'lead@hvidovre.example', {
      personId: null,
      at: clock.now(),
    });
    expect(again!.id).toBe(sofie.id);
    const nobody = await linkPersonByEmail(store, { ...identity, userId: 'x' }, 'someone@else.example', {
      personId: null,
      at: clock.now(),
    });
    expect(nobody).toBeNull();
  });

  it('exports everything about a person as JSON', async () => {
    const r = await run('person', 'export', 'lead@hvidovre.example');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.person).toMatchObject({
      id: sofie.id,
      displayName: 'Sofie Lund',
      email: 'lead@hvidovre.example',
      identities: [identity],
    });
    expect(doc.roles).toMatchObject([{ role: 'lead', team: 'Hvidovre' }]);
    expect(doc.measurementsRecorded).toMatchObject([
      { team: 'Hvidovre', measure: 'OP24', periodKey: '2026-W05', numerator: 18 },
    ]);
    expect(doc.auditEntries.length).toBeGreaterThan(0);
  });

  it('anonymises a person on delete --yes: measurements stay, attributed to "slettet bruger", and it is audited', async () => {
    const unconfirmed = await run('person', 'delete', 'lead@hvidovre.example');
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('Run again with --yes');
    expect((await store.persons.get(sofie.id))!.displayName).toBe('Sofie Lund');

    const r = await run('person', 'delete', 'lead@hvidovre.example', '--yes');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 roles revoked');
    expect(r.stdout).toContain('1 measurements they recorded stay, attributed to "slettet bruger"');
    const after = (await store.persons.get(sofie.id))!;
    expect(after).toMatchObject({ displayName: 'slettet bruger', email: null, identities: [] });
    expect(after.deletedAt).not.toBeNull();
    expect(await store.memberships.listForPerson(sofie.id)).toEqual([]);
    expect(await store.persons.findByIdentity(identity)).toBeNull();
    const kept = await store.measurements.listRecordedBy(sofie.id);
    expect(kept.map((m) => m.numerator)).toEqual([18]);
    const audit = await store.audit.list({ entity: 'person', entityId: sofie.id });
    expect(audit.some((e) => e.action === 'anonymise')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('Sofie');

    const gone = await run('person', 'export', 'lead@hvidovre.example');
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('No person with email lead@hvidovre.example');
  });

  it('exports and keeps, for the anonymised person, the storyboard notes, action steps, comments and scores they wrote', async () => {
    const by = { personId: sofie.id, at: clock.now() };
    const c = (await store.collaboratives.findByName('LKT Test'))!;
    const team = (await store.teams.findByName(c.id, 'Hvidovre'))!;
    const seminar = await store.seminars.create(
      { collaborativeId: c.id, title: 'Læringsseminar 2', startsAt: new Date('2026-04-14T08:00:00Z') },
      by,
    );
    await store.storyboards.saveNote({ seminarId: seminar.id, teamId: team.id, text: 'Små skridt virker.' }, by);
    const plan = await store.actionPlans.create(
      {
        teamId: team.id,
        title: 'Hurtigere operation',
        whatToChange: 'Operation inden 24 timer',
        planDate: '2026-02-20',
        steps: [{ what: 'Ny vagtplan', ownerId: sofie.id, due: '2026-03-20' }, { what: 'Tjekliste' }],
      },
      { personId: null, at: clock.now() },
    );
    await store.actionPlans.updateStep(plan.steps[1]!.id, { comment: 'Klar i næste uge' }, by);
    await store.progress.put({ teamId: team.id, month: '2026-02', score: 2.5, reason: 'Første test i gang' }, by);

    const doc = JSON.parse((await run('person', 'export', 'lead@hvidovre.example')).stdout);
    expect(doc.storyboardNotes).toMatchObject([
      { seminar: 'Læringsseminar 2', team: 'Hvidovre', text: 'Små skridt virker.', authorId: sofie.id },
    ]);
    expect(doc.actionStepsOwned).toMatchObject([
      { plan: 'Hurtigere operation', what: 'Ny vagtplan', due: '2026-03-20' },
    ]);
    expect(doc.actionStepComments).toMatchObject([{ step: 'Tjekliste', text: 'Klar i næste uge', personId: sofie.id }]);
    expect(doc.progressScores).toMatchObject([{ team: 'Hvidovre', month: '2026-02', score: 2.5 }]);

    const r = await run('person', 'delete', 'lead@hvidovre.example', '--yes');
    expect(r.stdout).toContain(
      '1 storyboard notes, 1 action-plan steps, 1 step comments and 1 progress scores stay, attributed to "slettet bruger"',
    );
    const [note] = await store.storyboards.notes(seminar.id);
    expect(note).toMatchObject({ text: 'Små skridt virker.', authorId: sofie.id });
    expect((await store.persons.get(note!.authorId!))!.displayName).toBe('slettet bruger');
    expect((await store.actionPlans.get(plan.id))!.steps[0]!.ownerId).toBe(sofie.id);
  });

  it('exits 2 on a malformed person command', async () => {
    expect((await run('person', 'forget', 'x@y.example')).code).toBe(2);
    expect((await run('person', 'export')).code).toBe(2);
  });
});
