import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { reminderCause } from '../../src/domain';
import { schedulerWorld, type World } from './support/scheduler-world';
import { cardProblems, filled } from './support/validate-card';

const CPH = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: CPH }).toJSDate();
const show = (ms: number) => DateTime.fromMillis(ms, { zone: CPH }).toFormat("yyyy-LL-dd'T'HH:mm");

let w: World;
const seminarDeliveries = (w: World) =>
  w.platform.deliveries.filter((d) => d.message.card?.template === 'seminar-reminder');
afterEach(async () => w?.close());

async function seminar(w: World, over: Record<string, unknown> = {}) {
  return w.store.seminars.create(
    {
      collaborativeId: w.collaborative.id,
      title: 'Læringsseminar 2',
      startsAt: local('2026-11-27T10:00'),
      location: 'Odense Congress Center',
      agenda: 'Erfaringer fra teamene',
      ...over,
    },
    { personId: w.people.tove!.id, at: w.time.now() },
  );
}

describe('seminar reminders', () => {
  it('reminds every team 14 days, 2 days and the morning of, with RSVP buttons', async () => {
    w = await schedulerWorld({ start: '2026-11-02T09:00:00+01:00' });
    await seminar(w);
    await w.tick();
    // anne, bo, nina (team A, personally) and team B's channel, three reminders each
    expect(await w.store.reminders.list({ kind: 'seminar' })).toHaveLength(3 * 4);
    expect(seminarDeliveries(w)).toEqual([]);

    w.time.set(local('2026-11-13T08:00'));
    await w.tick();
    expect(seminarDeliveries(w)).toHaveLength(3); // anne, bo and the channel; nina has no chat with the bot
    const toAnne = w.to(w.refs.anne!.id);
    expect(toAnne.map((d) => show(d.at))).toEqual(['2026-11-13T08:00']);
    const card = toAnne[0]!.message.card!;
    expect(card.template).toBe('seminar-reminder');
    expect(cardProblems(card)).toEqual([]);
    const actions = filled(card).actions as Array<{
      type: string;
      verb?: string;
      title: string;
      data?: Record<string, unknown>;
    }>;
    expect(actions.map((a) => [a.title, a.verb, a.data?.attending])).toEqual([
      ['Deltager', 'seminar.rsvp', true],
      ['Deltager ikke', 'seminar.rsvp', false],
    ]);
    expect(toAnne[0]!.message.text).toContain('Om 14 dage');
    expect(w.to(w.refs.channelB!.id)).toHaveLength(1);
    expect(w.to(w.refs.carl!.id)).toHaveLength(0); // team B is reached through its channel

    const nina = (await w.store.reminders.list({ status: 'failed', kind: 'seminar' })).map((r) => r.lastError);
    expect(nina).toEqual([expect.stringContaining('NO_CONVERSATION')]);

    w.time.set(local('2026-11-25T08:00'));
    await w.tick();
    w.time.set(local('2026-11-27T08:00'));
    await w.tick();
    expect(w.to(w.refs.anne!.id).map((d) => show(d.at))).toEqual([
      '2026-11-13T08:00',
      '2026-11-25T08:00',
      '2026-11-27T08:00',
    ]);
    expect(w.to(w.refs.anne!.id)[2]!.message.text).toContain('I dag');
  });

  it('writes to an English-speaking reader in English', async () => {
    w = await schedulerWorld({ start: '2026-11-02T09:00:00+01:00' });
    await w.store.persons.update(w.people.anne!.id, { locale: 'en' }, w.actor());
    await seminar(w, { onlineUrl: 'https://meet.example/abc', location: null });
    await w.tick();
    w.time.set(local('2026-11-13T08:00'));
    await w.tick();
    const msg = w.to(w.refs.anne!.id)[0]!.message;
    expect(msg.text).toMatch(/^In 14 days: Læringsseminar 2, Friday 27 November 2026 at 10:00/);
    expect(JSON.stringify(filled(msg.card!))).toContain('[Open meeting link](https://meet.example/abc)');
    expect(cardProblems(msg.card!)).toEqual([]);
  });

  it('updates pending reminders when the seminar changes and tells those already reminded', async () => {
    w = await schedulerWorld({ start: '2026-11-02T09:00:00+01:00' });
    const s = await seminar(w);
    await w.tick();
    w.time.set(local('2026-11-13T08:00'));
    await w.tick();
    // What the seminar flow does: change the seminar and withdraw its pending reminders in one transaction.
    w.time.set(local('2026-11-16T10:00'));
    await w.store.transaction(async (tx) => {
      await tx.seminars.update(s.id, { location: 'Vejle' }, w.actor());
      await tx.reminders.cancelByCause(reminderCause.seminar(s.id));
    });
    await w.tick();
    expect(seminarDeliveries(w)).toHaveLength(6); // + the change notice to anne, bo and channel B
    const notice = w.to(w.refs.anne!.id)[1]!.message;
    expect(notice.text).toContain('Ændret');
    expect(JSON.stringify(filled(notice.card!))).toContain('Vejle');
    expect(cardProblems(notice.card!)).toEqual([]);
    await w.tick();
    expect(seminarDeliveries(w)).toHaveLength(6);

    w.time.set(local('2026-11-25T08:00'));
    await w.tick();
    const late = w.to(w.refs.anne!.id);
    expect(late).toHaveLength(3);
    expect(JSON.stringify(filled(late[2]!.message.card!))).toContain('Vejle');
  });

  it('plans the reminders again and tells everyone when a change is undone, however often', async () => {
    w = await schedulerWorld({ start: '2026-11-02T09:00:00+01:00' });
    const s = await seminar(w);
    await w.tick();
    w.time.set(local('2026-11-13T08:00'));
    await w.tick();
    // The tovholder moves the seminar to Vejle, back to Odense, to Vejle and back again, a day apart; each edit
    // withdraws the pending reminders in the same transaction, as the seminar flow does.
    const where = (d: { message: { card?: unknown } }) =>
      JSON.stringify(filled(d.message.card as never)).includes('Vejle') ? 'Vejle' : 'Odense';
    for (const [day, location] of [
      [16, 'Vejle'],
      [17, 'Odense Congress Center'],
      [18, 'Vejle'],
      [19, 'Odense Congress Center'],
    ] as const) {
      w.time.set(local(`2026-11-${day}T10:00`));
      await w.store.transaction(async (tx) => {
        await tx.seminars.update(s.id, { location }, w.actor());
        await tx.reminders.cancelByCause(reminderCause.seminar(s.id));
      });
      await w.tick();
      await w.tick();
    }
    w.time.set(local('2026-11-25T08:00'));
    await w.tick();
    w.time.set(local('2026-11-27T08:00'));
    await w.tick();
    await w.tick();
    const toAnne = w.to(w.refs.anne!.id);
    expect(toAnne.map((d) => [show(d.at), d.message.text.split(':')[0], where(d)])).toEqual([
      ['2026-11-13T08:00', 'Om 14 dage', 'Odense'],
      ['2026-11-16T10:00', 'Ændret – se de nye oplysninger', 'Vejle'],
      ['2026-11-17T10:00', 'Ændret – se de nye oplysninger', 'Odense'],
      ['2026-11-18T10:00', 'Ændret – se de nye oplysninger', 'Vejle'],
      ['2026-11-19T10:00', 'Ændret – se de nye oplysninger', 'Odense'],
      ['2026-11-25T08:00', 'Om 2 dage', 'Odense'],
      ['2026-11-27T08:00', 'I dag', 'Odense'],
    ]);
    expect(w.to(w.refs.channelB!.id)).toHaveLength(7);
  });

  it('cancels pending reminders when the seminar is cancelled and tells those already reminded', async () => {
    w = await schedulerWorld({ start: '2026-11-02T09:00:00+01:00' });
    const s = await seminar(w);
    await w.tick();
    w.time.set(local('2026-11-13T08:00'));
    await w.tick();
    w.time.set(local('2026-11-16T10:00'));
    await w.store.seminars.cancel(s.id, w.actor());
    await w.tick();
    expect(seminarDeliveries(w)).toHaveLength(6);
    const notice = w.to(w.refs.bo!.id)[1]!.message;
    expect(notice.text).toContain('er aflyst');
    const actions = filled(notice.card!).actions as Array<{ verb: string }>;
    expect(actions.map((a) => a.verb)).toEqual(['seminar.list']); // no RSVP on a cancelled seminar
    const rows = await w.store.reminders.listByCause(reminderCause.seminar(s.id));
    expect(rows.filter((r) => r.status === 'pending')).toEqual([]);
    expect(rows.filter((r) => r.status === 'cancelled').length).toBeGreaterThan(0);
    w.time.set(local('2026-11-27T08:00'));
    await w.tick();
    expect(seminarDeliveries(w)).toHaveLength(6);
  });

  it('after downtime sends only the latest overdue reminder, and drops one whose seminar has started', async () => {
    w = await schedulerWorld({ start: '2026-11-02T09:00:00+01:00' });
    await seminar(w);
    await w.tick();
    // Down from 12 Nov until 26 Nov 09:00: the 14-day and the 2-day reminders are both overdue.
    w.time.set(local('2026-11-26T09:00'));
    w.scheduler.start();
    await w.time.drive(w.scheduler.stop());
    const toAnne = w.to(w.refs.anne!.id);
    expect(toAnne.map((d) => d.message.text.slice(0, 12))).toEqual(['I morgen: Læ']);
    const dropped = await w.store.reminders.list({ status: 'dropped', kind: 'seminar' });
    expect(dropped.map((r) => r.lastError)).toEqual(Array(3).fill('superseded by the 2-day reminder'));

    // Down again over the start: the morning-of reminder is dropped, not sent.
    w.time.set(local('2026-11-27T11:00'));
    await w.tick();
    expect(seminarDeliveries(w)).toHaveLength(3);
    const started = (await w.store.reminders.list({ status: 'dropped', kind: 'seminar' })).filter(
      (x) => x.lastError === 'seminar already started',
    );
    expect(started).toHaveLength(3);
  });

  it('only reminds the teams of the seminar region', async () => {
    w = await schedulerWorld({ start: '2026-11-02T09:00:00+01:00' });
    await seminar(w, { region: 'hovedstaden' });
    await w.tick();
    expect(await w.store.reminders.list({ kind: 'seminar' })).toHaveLength(3);
    w.time.set(local('2026-11-13T08:00'));
    await w.tick();
    expect(seminarDeliveries(w).map((d) => d.refId)).toEqual([w.refs.channelB!.id]);
  });
});
