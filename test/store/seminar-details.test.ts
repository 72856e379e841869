import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, T0 } from './seed';
import { expectRejectedUnchanged } from './store-snapshot';

const MIN = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

describe.each(DIALECTS)('seminar details on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect, { clock: new ManualClock(T0) });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('stores the end and the material link, and raises the sequence on every change and on cancellation', async () => {
    const s = await seed(store);
    const sem = await store.seminars.create(
      {
        collaborativeId: s.collaborative.id,
        title: 'Seminar',
        startsAt: new Date('2026-05-20T07:00:00Z'),
        endsAt: new Date('2026-05-20T14:00:00Z'),
      },
      actor(s.person.id),
    );
    expect(sem).toMatchObject({
      endsAt: new Date('2026-05-20T14:00:00Z'),
      materialUrl: null,
      sequence: 0,
      updatedAt: T0,
    });
    const moved = await store.seminars.update(
      sem.id,
      { startsAt: new Date('2026-05-21T07:00:00Z') },
      actor(null, at(5)),
    );
    // A new start alone keeps the seven-hour length.
    expect(moved).toMatchObject({ endsAt: new Date('2026-05-21T14:00:00Z'), sequence: 1, updatedAt: at(5) });
    const withMaterial = await store.seminars.update(
      sem.id,
      { materialUrl: 'https://example.dk/slides.pdf' },
      actor(null, at(6)),
    );
    expect(withMaterial).toMatchObject({ materialUrl: 'https://example.dk/slides.pdf', sequence: 2 });
    const cancelled = await store.seminars.cancel(sem.id, actor(null, at(7)));
    expect(cancelled).toMatchObject({ sequence: 3, updatedAt: at(7), cancelledAt: at(7) });
    expect(await store.seminars.get(sem.id)).toEqual(cancelled);
  });

  it('takes a seminar without an end as three hours long', async () => {
    const s = await seed(store);
    const sem = await store.seminars.create(
      { collaborativeId: s.collaborative.id, title: 'Kort', startsAt: new Date('2026-05-20T07:00:00Z') },
      actor(),
    );
    expect(sem.endsAt).toEqual(new Date('2026-05-20T10:00:00Z'));
  });

  it('refuses a material link that is not a web address, unchanged', async () => {
    const s = await seed(store);
    const sem = await store.seminars.create(
      { collaborativeId: s.collaborative.id, title: 'Link', startsAt: at(60) },
      actor(),
    );
    await expectRejectedUnchanged(
      store,
      () => store.seminars.update(sem.id, { materialUrl: 'javascript:alert(1)' }, actor()),
      'VALIDATION_FAILED',
      {
        field: 'materialUrl',
      },
    );
    expect((await store.seminars.get(sem.id))!.sequence).toBe(0);
  });
});

describe.each(DIALECTS)('storyboard notes on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect, { clock: new ManualClock(T0) });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('keeps one note per seminar and team, the last word counting, with audit', async () => {
    const s = await seed(store);
    const sem = await store.seminars.create(
      { collaborativeId: s.collaborative.id, title: 'Seminar', startsAt: at(60 * 24 * 10) },
      actor(),
    );
    await store.storyboards.saveNote(
      { seminarId: sem.id, teamId: s.team.id, text: ' Første udkast ' },
      actor(s.person.id, at(1)),
    );
    const last = await store.storyboards.saveNote(
      { seminarId: sem.id, teamId: s.team.id, text: 'Vi tester i små skridt.' },
      actor(s.person.id, at(2)),
    );
    await store.storyboards.saveNote(
      { seminarId: sem.id, teamId: s.otherTeam.id, text: 'Andet team' },
      actor(null, at(3)),
    );
    expect(last).toEqual({
      seminarId: sem.id,
      teamId: s.team.id,
      text: 'Vi tester i små skridt.',
      authorId: s.person.id,
      updatedAt: at(2),
    });
    const notes = await store.storyboards.notes(sem.id);
    expect(notes.find((n) => n.teamId === s.team.id)).toEqual(last);
    expect(notes).toHaveLength(2);
    const audit = await store.audit.list({ entity: 'storyboard_note', entityId: `${sem.id}:${s.team.id}` });
    expect(audit.map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('refuses a CPR number, empty text and unknown seminars or teams, unchanged', async () => {
    const s = await seed(store);
    const sem = await store.seminars.create(
      { collaborativeId: s.collaborative.id, title: 'Seminar', startsAt: at(60 * 24 * 10) },
      actor(),
    );
    const note = { seminarId: sem.id, teamId: s.team.id, text: 'Læring' };
    await expectRejectedUnchanged(
      store,
      () => store.storyboards.saveNote({ ...note, text: 'Pt. 010190-1234' }, actor()),
      'CPR_NUMBER_REFUSED',
    );
    await expectRejectedUnchanged(
      store,
      () => store.storyboards.saveNote({ ...note, text: '  ' }, actor()),
      'VALIDATION_FAILED',
      { field: 'text' },
    );
    await expectRejectedUnchanged(
      store,
      () => store.storyboards.saveNote({ ...note, seminarId: 'missing' }, actor()),
      'NOT_FOUND',
    );
    await expectRejectedUnchanged(
      store,
      () => store.storyboards.saveNote({ ...note, teamId: 'missing' }, actor()),
      'UNKNOWN_TEAM',
    );
  });
});
