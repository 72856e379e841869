import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderCause, type CauseKey, type NewReminderOf, type Store } from '../../src/domain';
import { databaseOf } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, T0, uniq } from './seed';
import { expectRejectedUnchanged } from './store-snapshot';

const MIN = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

describe.each(DIALECTS)('schedule repositories on %s', (dialect) => {
  let store: Store;
  const clock = new ManualClock(T0);
  beforeAll(async () => {
    store = await freshStore(dialect, { clock });
  });
  afterAll(async () => {
    await store?.close();
  });
  const reminder = (
    cause: CauseKey,
    dueMinutes: number,
    over: Partial<NewReminderOf<'seminar'>> = {},
  ): NewReminderOf<'seminar'> => ({
    kind: 'seminar',
    dedupeKey: uniq(`${cause}:`),
    causeKey: cause,
    recipient: { kind: 'person', personId: 'p1' },
    dueAt: at(dueMinutes),
    payload: { seminarId: cause, revision: 'r1', daysBefore: 1 },
    ...over,
  });

  describe('reminders', () => {
    it('schedules once per dedupe key and reads the reminder back', async () => {
      const cause = reminderCause.seminar(uniq('seminar'));
      const r = reminder(cause, 10, { recipient: { kind: 'conversation', conversationId: 'c1' } });
      const created = await store.reminders.schedule(r);
      expect(created).toMatchObject({
        kind: 'seminar',
        dedupeKey: r.dedupeKey,
        recipient: { kind: 'conversation', conversationId: 'c1' },
        dueAt: at(10),
        payload: { seminarId: cause },
        status: 'pending',
        attempts: 0,
        claimedBy: null,
        claimedUntil: null,
        deliveredAt: null,
        lastError: null,
        createdAt: T0,
      });
      expect(await store.reminders.schedule({ ...r, dueAt: at(99) })).toBeNull();
      expect(await store.reminders.listByCause(cause)).toEqual([created]);
    });

    it('rejects a malformed reminder, unchanged', async () => {
      await expectRejectedUnchanged(
        store,
        () => store.reminders.schedule(reminder(reminderCause.seminar('x'), 1, { dedupeKey: '' })),
        'VALIDATION_FAILED',
        { field: 'dedupeKey' },
      );
      await expectRejectedUnchanged(
        store,
        () => store.reminders.schedule(reminder(reminderCause.seminar('x'), 1, { kind: 'nope' as never })),
        'VALIDATION_FAILED',
        {
          field: 'kind',
        },
      );
      await expectRejectedUnchanged(
        store,
        () => store.reminders.schedule(reminder(reminderCause.seminar('x'), 1, { dueAt: new Date('nonsense') })),
        'VALIDATION_FAILED',
        {
          field: 'dueAt',
        },
      );
    });

    it("rejects a payload that does not match its kind's schema, unchanged", async () => {
      const cause = reminderCause.seminar('x');
      const noRevision = { seminarId: 's1', daysBefore: 1 } as unknown as NewReminderOf<'seminar'>['payload'];
      await expectRejectedUnchanged(
        store,
        () => store.reminders.schedule(reminder(cause, 1, { payload: noRevision })),
        'VALIDATION_FAILED',
        {
          field: 'payload.revision',
        },
      );
      const dataPayload = { measureId: 'm1', teamId: 't1', periodKey: '2026-W10', nudge: 3 };
      await expectRejectedUnchanged(
        store,
        () => store.reminders.schedule({ ...reminder(cause, 1), kind: 'data_due', payload: dataPayload }),
        'VALIDATION_FAILED',
        { field: 'payload.nudge' },
      );
    });

    it('claims due reminders oldest first up to the limit, and re-claims only after the lease expires', async () => {
      const own = await freshStore(dialect, { clock });
      try {
        const cause = reminderCause.seminar(uniq('claim'));
        for (const m of [3, 1, 2, 50]) await own.reminders.schedule(reminder(cause, m));
        const now = at(5);
        const first = await own.reminders.claimDue(now, 2, 'w1', 5 * MIN);
        expect(first.map((r) => r.dueAt)).toEqual([at(1), at(2)]);
        expect(first[0]).toMatchObject({
          status: 'sending',
          claimedBy: 'w1',
          claimedUntil: new Date(now.getTime() + 5 * MIN),
          attempts: 0,
        });
        const second = await own.reminders.claimDue(now, 2, 'w2', 10 * MIN);
        expect(second.map((r) => [r.dueAt, r.claimedBy])).toEqual([[at(3), 'w2']]);
        expect(await own.reminders.claimDue(now, 10, 'w3', 5 * MIN)).toEqual([]);
        expect(await own.reminders.claimDue(now, 0, 'w3', 5 * MIN)).toEqual([]);
        // w1's lease ends at 10 min: its two rows may be claimed again; w2's (until 15 min) may not.
        const afterLease = await own.reminders.claimDue(at(10), 10, 'w3', MIN);
        expect(afterLease.map((r) => [r.dueAt, r.claimedBy])).toEqual([
          [at(1), 'w3'],
          [at(2), 'w3'],
        ]);
        const byStatus = (await own.reminders.listByCause(cause)).map((r) => r.status);
        expect(byStatus).toEqual(['sending', 'sending', 'sending', 'pending']);
      } finally {
        await own.close();
      }
    });

    it('fails a claimed row whose stored payload no longer matches its schema, and delivers the rest of the batch', async () => {
      const own = await freshStore(dialect, { clock });
      try {
        const cause = reminderCause.seminar(uniq('old-format'));
        const good = await own.reminders.schedule(reminder(cause, 1));
        const old = await own.reminders.schedule(reminder(cause, 2));
        // A row written by an older version: its payload lacks a field today's schema requires.
        await databaseOf(own)!
          .updateTable('reminders')
          .set({ payload_json: JSON.stringify({ seminarId: cause }) })
          .where('id', '=', old!.id)
          .execute();
        const claimed = await own.reminders.claimDue(at(5), 10, 'w1', 5 * MIN);
        expect(claimed.map((r) => r.id)).toEqual([good!.id]);
        // The unreadable row is failed with its reason (not left to come back after the lease), and lists skip it.
        const row = await databaseOf(own)!
          .selectFrom('reminders')
          .select(['status', 'last_error', 'claim_id'])
          .where('id', '=', old!.id)
          .executeTakeFirstOrThrow();
        expect(row.status).toBe('failed');
        expect(row.last_error).toMatch(/^INVALID_PAYLOAD: stored seminar payload/);
        expect(row.claim_id).toBeNull();
        expect((await own.reminders.listByCause(cause)).map((r) => r.id)).toEqual([good!.id]);
        expect(await own.reminders.claimDue(at(8), 10, 'w2', 5 * MIN)).toEqual([]);
      } finally {
        await own.close();
      }
    });

    it('records delivery, retry, failure and dropping', async () => {
      const cause = reminderCause.seminar(uniq('marks'));
      const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map((m) => store.reminders.schedule(reminder(cause, m))));
      await store.reminders.markDelivered(a!, at(5));
      await store.reminders.markRetry(b!, at(30), 'HTTP 429');
      await store.reminders.markFailed(c!, 'HTTP 403');
      await store.reminders.markDropped(d!, 'seminar already started');
      const byId = new Map((await store.reminders.listByCause(cause)).map((r) => [r.id, r]));
      expect(byId.get(a!.id)).toMatchObject({ status: 'delivered', deliveredAt: at(5) });
      expect(byId.get(b!.id)).toMatchObject({
        status: 'pending',
        dueAt: at(30),
        attempts: 1,
        lastError: 'HTTP 429',
        claimedBy: null,
      });
      expect(byId.get(c!.id)).toMatchObject({ status: 'failed', lastError: 'HTTP 403' });
      expect(byId.get(d!.id)).toMatchObject({ status: 'dropped', lastError: 'seminar already started' });
      expect((await store.reminders.list({ status: 'failed' })).map((r) => r.id)).toContain(c!.id);
      expect(
        (await store.reminders.list({ status: 'delivered', kind: 'seminar' })).every(
          (r) => r.status === 'delivered' && r.kind === 'seminar',
        ),
      ).toBe(true);
      expect(await store.reminders.list({ kind: 'broadcast', limit: 1 })).toEqual([]);
      expect(await store.reminders.list({ limit: 2 })).toHaveLength(2);
    });

    it('fences every mark: a claim that lost its lease changes nothing, the current claim does', async () => {
      const own = await freshStore(dialect, { clock });
      try {
        const cause = reminderCause.seminar(uniq('fence'));
        await own.reminders.schedule(reminder(cause, 1));
        const [stale] = await own.reminders.claimDue(at(2), 1, 'w1', MIN);
        // w1's send hangs past its lease; w2 takes the row over, and so does w1 itself later (a new claim).
        const [current] = await own.reminders.claimDue(at(4), 1, 'w2', MIN);
        expect(await own.reminders.markRetry(stale!, at(30), 'timeout')).toBe(false);
        expect(await own.reminders.markFailed(stale!, 'timeout')).toBe(false);
        expect(await own.reminders.markDropped(stale!, 'late')).toBe(false);
        expect(await own.reminders.markDelivered(stale!, at(4))).toBe(false);
        expect((await own.reminders.listByCause(cause))[0]).toMatchObject({
          status: 'sending',
          claimedBy: 'w2',
          attempts: 0,
        });
        expect(await own.reminders.markDelivered(current!, at(5))).toBe(true);
        // A late retry of the same claim after delivery changes nothing either: it is no longer 'sending'.
        expect(await own.reminders.markRetry(current!, at(30), 'HTTP 500')).toBe(false);
        expect((await own.reminders.listByCause(cause))[0]).toMatchObject({
          status: 'delivered',
          deliveredAt: at(5),
          attempts: 0,
        });

        await own.reminders.schedule(reminder(cause, 10));
        const [again] = await own.reminders.claimDue(at(11), 1, 'w1', MIN);
        const [sameWorker] = await own.reminders.claimDue(at(13), 1, 'w1', MIN);
        expect(await own.reminders.markFailed(again!, 'HTTP 403')).toBe(false);
        expect(await own.reminders.markFailed(sameWorker!, 'HTTP 403')).toBe(true);

        // A row read while pending (unclaimed) is marked only while it is still pending.
        const pending = await own.reminders.schedule(reminder(cause, 60));
        expect(await own.reminders.markDropped(pending!, 'recipient deleted')).toBe(true);
        expect(await own.reminders.markDropped(pending!, 'twice')).toBe(false);
        expect((await own.reminders.listByCause(cause)).map((r) => [r.status, r.lastError])).toEqual([
          ['delivered', null],
          ['failed', 'HTTP 403'],
          ['dropped', 'recipient deleted'],
        ]);
      } finally {
        await own.close();
      }
    });

    it('cancels the pending reminders of a cause and reports those already delivered', async () => {
      const cause = reminderCause.seminar(uniq('cancel'));
      const [a, b, c] = await Promise.all([1, 2, 3].map((m) => store.reminders.schedule(reminder(cause, m))));
      const otherCause = reminderCause.seminar(uniq('other'));
      const other = await store.reminders.schedule(reminder(otherCause, 1));
      await store.reminders.markDelivered(a!, at(2));
      const r = await store.reminders.cancelByCause(cause);
      expect(r.cancelled.map((x) => x.id)).toEqual([b!.id, c!.id]);
      expect(r.cancelled.every((x) => x.status === 'cancelled')).toBe(true);
      expect(r.delivered.map((x) => x.id)).toEqual([a!.id]);
      expect((await store.reminders.listByCause(cause)).map((x) => x.status)).toEqual([
        'delivered',
        'cancelled',
        'cancelled',
      ]);
      expect((await store.reminders.listByCause(otherCause)).map((x) => [x.id, x.status])).toEqual([
        [other!.id, 'pending'],
      ]);
      expect(await store.reminders.cancelByCause(cause)).toEqual({
        cancelled: [],
        delivered: [expect.objectContaining({ id: a!.id })],
      });
    });
  });

  describe('seminars', () => {
    it('creates, updates, cancels and lists seminars with audit', async () => {
      const s = await seed(store);
      const sem = await store.seminars.create(
        {
          collaborativeId: s.collaborative.id,
          title: '2. læringsseminar',
          startsAt: new Date('2026-05-20T07:00:00Z'),
          location: 'Nyborg Strand',
          onlineUrl: 'https://example.dk/møde',
          reminderDaysBefore: [2, 14, 0, 2],
        },
        actor(s.person.id),
      );
      expect(sem).toMatchObject({
        region: null,
        startsAt: new Date('2026-05-20T07:00:00Z'),
        reminderDaysBefore: [14, 2, 0],
        cancelledAt: null,
        createdBy: s.person.id,
        agenda: null,
      });
      expect(await store.seminars.get(sem.id)).toEqual(sem);
      const moved = await store.seminars.update(
        sem.id,
        { startsAt: new Date('2026-05-21T07:00:00Z'), agenda: 'Data og PDSA' },
        actor(),
      );
      expect(moved).toMatchObject({
        startsAt: new Date('2026-05-21T07:00:00Z'),
        agenda: 'Data og PDSA',
        location: 'Nyborg Strand',
      });
      const regional = await store.seminars.create(
        {
          collaborativeId: s.collaborative.id,
          region: 'syddanmark',
          title: 'Regionalt møde',
          startsAt: new Date('2026-04-01T07:00:00Z'),
        },
        actor(),
      );
      expect(regional.reminderDaysBefore).toEqual([14, 2, 0]);
      expect((await store.seminars.listByCollaborative(s.collaborative.id)).map((x) => x.id)).toEqual([
        regional.id,
        sem.id,
      ]);
      const cancelled = await store.seminars.cancel(sem.id, actor(null, at(10)));
      expect(cancelled.cancelledAt).toEqual(at(10));
      expect(await store.seminars.cancel(sem.id, actor(null, at(20)))).toEqual(cancelled);
      const entries = await store.audit.list({ entity: 'seminar', entityId: sem.id });
      expect(entries.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    });

    it('rejects bad seminars and unknown ids, unchanged', async () => {
      const s = await seed(store);
      const base = { collaborativeId: s.collaborative.id, title: 'X', startsAt: T0 };
      await expectRejectedUnchanged(
        store,
        () => store.seminars.create({ ...base, collaborativeId: 'missing' }, actor()),
        'UNKNOWN_COLLABORATIVE',
      );
      await expectRejectedUnchanged(
        store,
        () => store.seminars.create({ ...base, onlineUrl: 'not a url' }, actor()),
        'VALIDATION_FAILED',
        {
          field: 'onlineUrl',
        },
      );
      await expectRejectedUnchanged(
        store,
        () => store.seminars.create({ ...base, startsAt: 'i morgen' as never }, actor()),
        'VALIDATION_FAILED',
        {
          field: 'startsAt',
        },
      );
      await expectRejectedUnchanged(
        store,
        () => store.seminars.update('missing', { title: 'Y' }, actor()),
        'NOT_FOUND',
      );
      await expectRejectedUnchanged(store, () => store.seminars.cancel('missing', actor()), 'NOT_FOUND');
    });

    it('records and changes RSVPs', async () => {
      const s = await seed(store);
      const sem = await store.seminars.create(
        { collaborativeId: s.collaborative.id, title: 'Seminar', startsAt: at(60 * 24 * 30) },
        actor(),
      );
      await store.seminars.rsvp(sem.id, s.person.id, true, at(1));
      await store.seminars.rsvp(sem.id, s.person.id, false, at(2));
      expect(await store.seminars.rsvps(sem.id)).toEqual([
        { seminarId: sem.id, personId: s.person.id, attending: false, answeredAt: at(2) },
      ]);
      const entries = await store.audit.list({ entity: 'seminar_rsvp', entityId: `${sem.id}:${s.person.id}` });
      expect(entries.map((e) => [e.action, e.newValue])).toEqual([
        ['update', { attending: false }],
        ['create', { attending: true }],
      ]);
      await expectRejectedUnchanged(store, () => store.seminars.rsvp('missing', s.person.id, true, at(3)), 'NOT_FOUND');
      await expectRejectedUnchanged(store, () => store.seminars.rsvp(sem.id, 'missing', true, at(3)), 'UNKNOWN_PERSON');
    });
  });

  describe('subscriptions', () => {
    it('upserts a sponsor subscription and lists active ones', async () => {
      const s = await seed(store);
      await store.subscriptions.upsert({
        personId: s.person.id,
        teamId: s.team.id,
        weekday: 1,
        time: '08:00',
        paused: false,
      });
      await store.subscriptions.upsert({
        personId: s.person.id,
        teamId: s.otherTeam.id,
        weekday: 5,
        time: '14:30',
        paused: false,
      });
      await store.subscriptions.upsert({
        personId: s.person.id,
        teamId: s.otherTeam.id,
        weekday: 5,
        time: '15:00',
        paused: true,
      });
      const mine = await store.subscriptions.listForPerson(s.person.id);
      expect(mine).toHaveLength(2);
      expect(mine).toEqual(
        expect.arrayContaining([
          { personId: s.person.id, teamId: s.team.id, weekday: 1, time: '08:00', paused: false },
          { personId: s.person.id, teamId: s.otherTeam.id, weekday: 5, time: '15:00', paused: true },
        ]),
      );
      const active = (await store.subscriptions.listActive()).filter((x) => x.personId === s.person.id);
      expect(active).toEqual([{ personId: s.person.id, teamId: s.team.id, weekday: 1, time: '08:00', paused: false }]);
    });

    it('rejects a bad weekday, time or unknown person/team, unchanged', async () => {
      const s = await seed(store);
      const sub = { personId: s.person.id, teamId: s.team.id, weekday: 1, time: '08:00', paused: false };
      await expectRejectedUnchanged(
        store,
        () => store.subscriptions.upsert({ ...sub, weekday: 8 }),
        'VALIDATION_FAILED',
        { field: 'weekday' },
      );
      await expectRejectedUnchanged(
        store,
        () => store.subscriptions.upsert({ ...sub, time: '24:00' }),
        'VALIDATION_FAILED',
        { field: 'time' },
      );
      await expectRejectedUnchanged(
        store,
        () => store.subscriptions.upsert({ ...sub, personId: 'missing' }),
        'UNKNOWN_PERSON',
      );
      await expectRejectedUnchanged(
        store,
        () => store.subscriptions.upsert({ ...sub, teamId: 'missing' }),
        'UNKNOWN_TEAM',
      );
    });
  });

  describe('broadcasts', () => {
    it('creates a broadcast, audits it and stores its delivery report', async () => {
      const s = await seed(store);
      const b = await store.broadcasts.create(
        { collaborativeId: s.collaborative.id, region: 'hovedstaden', text: 'Husk data for uge 9' },
        actor(s.person.id),
      );
      expect(b).toMatchObject({
        region: 'hovedstaden',
        text: 'Husk data for uge 9',
        createdBy: s.person.id,
        createdAt: T0,
        sentAt: null,
        report: null,
      });
      expect(await store.broadcasts.get(b.id)).toEqual(b);
      const report = { sent: 3, failed: [{ target: 'team:x', reason: 'HTTP 403' }], unreachable: ['Odense'] };
      await store.broadcasts.markSent(b.id, at(1), report);
      expect(await store.broadcasts.get(b.id)).toEqual({ ...b, sentAt: at(1), report });
      const [entry] = await store.audit.list({ entity: 'broadcast', entityId: b.id });
      expect(entry).toMatchObject({ action: 'create', actorId: s.person.id });
      expect(await store.broadcasts.get('missing')).toBeNull();
    });

    it('rejects an empty broadcast or one for an unknown collaborative, unchanged', async () => {
      const s = await seed(store);
      await expectRejectedUnchanged(
        store,
        () => store.broadcasts.create({ collaborativeId: s.collaborative.id, region: null, text: ' ' }, actor()),
        'VALIDATION_FAILED',
        {
          field: 'text',
        },
      );
      await expectRejectedUnchanged(
        store,
        () => store.broadcasts.create({ collaborativeId: 'missing', region: null, text: 'Hej' }, actor()),
        'UNKNOWN_COLLABORATIVE',
      );
    });
  });
});
