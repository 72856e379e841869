import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { lastClosedPeriod, type ActionPlan, type PdsaCycle, type Seminar } from '../../src/domain';
import { DEFAULT_TIME_RULES as rules } from '../../src/scheduler/time-rules';
import { planSeminarReminders, seminarRevision } from '../../src/scheduler/planners/seminar-plan';
import { planPdsaReminder } from '../../src/scheduler/planners/pdsa-plan';
import { followUpSteps, planActionPlanFollowUps } from '../../src/scheduler/planners/action-plan-plan';
import { planDataReminders } from '../../src/scheduler/planners/data-plan';
import { planSponsorSummary } from '../../src/scheduler/planners/summary-plan';
import type { Audience } from '../../src/scheduler/planners/audience';

const CPH = 'Europe/Copenhagen';
const show = (d: Date, zone = CPH) => DateTime.fromJSDate(d, { zone }).toFormat("ccc yyyy-LL-dd'T'HH:mm");
const local = (iso: string) => DateTime.fromISO(iso, { zone: CPH }).toJSDate();
const anne: Audience = { recipient: { kind: 'person', personId: 'anne' }, zone: CPH };
const channel: Audience = { recipient: { kind: 'conversation', conversationId: 'ref-1' }, zone: CPH };

function seminar(over: Partial<Seminar> = {}): Seminar {
  return {
    id: 'sem1',
    collaborativeId: 'c1',
    region: null,
    title: 'Læringsseminar 2',
    startsAt: local('2026-11-20T10:00'),
    location: 'Odense',
    onlineUrl: null,
    agenda: null,
    reminderDaysBefore: [14, 2, 0],
    cancelledAt: null,
    createdBy: 'tov',
    createdAt: local('2026-09-01T10:00'),
    endsAt: local('2026-11-20T13:00'),
    materialUrl: null,
    sequence: 0,
    updatedAt: local('2026-09-01T10:00'),
    ...over,
  };
}

describe('seminar reminders', () => {
  it('plans 14 days, 2 days and the morning of at 08:00 local for each addressee', () => {
    const rows = planSeminarReminders({
      seminar: seminar(),
      audience: [anne, channel],
      rules,
      now: local('2026-10-01T09:00'),
    });
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.recipient.kind === 'person').map((r) => show(r.dueAt))).toEqual([
      'Fri 2026-11-06T08:00',
      'Wed 2026-11-18T08:00',
      'Fri 2026-11-20T08:00',
    ]);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(6);
    expect(rows.every((r) => r.causeKey === 'seminar:sem1' && r.kind === 'seminar')).toBe(true);
  });

  it('puts "2 days before" a Monday seminar on the Friday, not on the Monday morning', () => {
    const s = seminar({ startsAt: local('2026-11-16T09:00') });
    const rows = planSeminarReminders({ seminar: s, audience: [anne], rules, now: local('2026-10-01T09:00') });
    expect(rows.map((r) => [r.payload.daysBefore, show(r.dueAt)])).toEqual([
      [14, 'Mon 2026-11-02T08:00'],
      [2, 'Fri 2026-11-13T08:00'],
      [0, 'Mon 2026-11-16T08:00'],
    ]);
  });

  it('sends one invitation now for offsets already past, unless a reminder follows within a day', () => {
    const now = local('2026-11-12T11:00');
    const rows = planSeminarReminders({ seminar: seminar(), audience: [anne], rules, now });
    expect(rows.map((r) => [r.payload.daysBefore, show(r.dueAt)])).toEqual([
      [14, 'Thu 2026-11-12T11:00'],
      [2, 'Wed 2026-11-18T08:00'],
      [0, 'Fri 2026-11-20T08:00'],
    ]);
    const late = planSeminarReminders({ seminar: seminar(), audience: [anne], rules, now: local('2026-11-19T17:00') });
    expect(late.map((r) => r.payload.daysBefore)).toEqual([0]);
  });

  it('uses the edited offsets and plans nothing for a cancelled or past seminar', () => {
    const rows = planSeminarReminders({
      seminar: seminar({ reminderDaysBefore: [7] }),
      audience: [anne],
      rules,
      now: local('2026-10-01T09:00'),
    });
    expect(rows.map((r) => show(r.dueAt))).toEqual(['Fri 2026-11-13T08:00']);
    expect(
      planSeminarReminders({
        seminar: seminar({ cancelledAt: new Date() }),
        audience: [anne],
        rules,
        now: local('2026-10-01T09:00'),
      }),
    ).toEqual([]);
    expect(
      planSeminarReminders({ seminar: seminar(), audience: [anne], rules, now: local('2026-11-21T09:00') }),
    ).toEqual([]);
  });

  it('changes revision (and so the keys) when what recipients see changes', () => {
    expect(seminarRevision(seminar())).toBe(seminarRevision(seminar({ createdBy: 'x' })));
    expect(seminarRevision(seminar())).not.toBe(seminarRevision(seminar({ location: 'Vejle' })));
  });

  it('stays at 08:00 local when the seminar is across the October DST change', () => {
    const s = seminar({ startsAt: local('2026-10-27T10:00'), reminderDaysBefore: [4, 0] });
    const rows = planSeminarReminders({ seminar: s, audience: [anne], rules, now: local('2026-10-01T09:00') });
    expect(rows.map((r) => [show(r.dueAt), r.dueAt.toISOString()])).toEqual([
      ['Fri 2026-10-23T08:00', '2026-10-23T06:00:00.000Z'],
      ['Tue 2026-10-27T08:00', '2026-10-27T07:00:00.000Z'],
    ]);
  });
});

function cycle(over: Partial<PdsaCycle> = {}): PdsaCycle {
  return {
    id: 'cy1',
    teamId: 't1',
    title: 'Tjekliste',
    changeIdea: null,
    ownerId: 'anne',
    phase: 'do',
    plan: {
      objective: 'x',
      questions: null,
      prediction: null,
      who: null,
      what: null,
      when: null,
      where: null,
      dataToCollect: null,
    },
    do: null,
    study: null,
    act: null,
    dueDates: { plan: '2026-03-02', do: '2026-03-28', study: '2026-04-10', act: null },
    measureIds: [],
    previousCycleId: null,
    sponsorHelp: null,
    sponsorHelpAt: null,
    createdAt: local('2026-02-20T10:00'),
    updatedAt: local('2026-02-20T10:00'),
    ...over,
  };
}

describe('PDSA phase reminders', () => {
  it('asks the owner on the due date of the current phase, moved past the weekend', () => {
    const rows = planPdsaReminder({ cycle: cycle(), zone: CPH, rules, now: local('2026-03-01T09:00') });
    expect(rows).toHaveLength(1);
    expect(show(rows[0]!.dueAt)).toBe('Mon 2026-03-30T08:00');
    expect(rows[0]!.recipient).toEqual({ kind: 'person', personId: 'anne' });
    expect(rows[0]!.payload).toMatchObject({ cycleId: 'cy1', phase: 'do', dueDate: '2026-03-28' });
  });

  it('plans nothing without owner, without a due date, when done or long overdue', () => {
    const now = local('2026-03-01T09:00');
    expect(planPdsaReminder({ cycle: cycle({ ownerId: null }), zone: CPH, rules, now })).toEqual([]);
    expect(planPdsaReminder({ cycle: cycle({ phase: 'act' }), zone: CPH, rules, now })).toEqual([]);
    expect(planPdsaReminder({ cycle: cycle({ phase: 'done' }), zone: CPH, rules, now })).toEqual([]);
    expect(planPdsaReminder({ cycle: cycle(), zone: CPH, rules, now: local('2026-05-01T09:00') })).toEqual([]);
  });

  it('plans nothing for a due morning the team has already passed while working on the cycle', () => {
    // Moved on to Do on Monday 30 March at 10:00, the very morning Do's reminder was due: no reminder.
    const late = cycle({ updatedAt: local('2026-03-30T10:00') });
    expect(planPdsaReminder({ cycle: late, zone: CPH, rules, now: local('2026-03-30T10:01') })).toEqual([]);
    // Worked on just before that morning: the reminder stands.
    const before = cycle({ updatedAt: local('2026-03-30T07:59') });
    expect(planPdsaReminder({ cycle: before, zone: CPH, rules, now: local('2026-03-30T07:59') })).toHaveLength(1);
  });
});

describe('action plan follow-ups', () => {
  const plan: ActionPlan = {
    id: 'ap1',
    teamId: 't1',
    title: 'Handleplan',
    whatToChange: 'x',
    successCriterion: null,
    when: null,
    steps: [],
    testMethod: null,
    reportBack: null,
    planDate: '2026-02-25',
    createdBy: 'anne',
    createdAt: local('2026-02-25T12:00'),
  };

  it('follows up after 1 week, 8 weeks, 6 months and 1 year, to the team and the tovholder', () => {
    const tov: Audience = { recipient: { kind: 'person', personId: 'tov' }, zone: CPH };
    const rows = planActionPlanFollowUps({ plan, audience: [channel, tov], rules, now: local('2026-02-25T12:00') });
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.recipient.kind === 'conversation').map((r) => [r.payload.step, show(r.dueAt)])).toEqual(
      [
        ['1w', 'Wed 2026-03-04T08:00'],
        ['8w', 'Wed 2026-04-22T08:00'],
        ['6m', 'Tue 2026-08-25T08:00'],
        ['1y', 'Thu 2027-02-25T08:00'],
      ],
    );
  });

  it('lets the 6–12 week follow-up be configured and refuses other values', () => {
    expect(followUpSteps(12).map((s) => s.step)).toEqual(['1w', '12w', '6m', '1y']);
    expect(() => followUpSteps(5)).toThrow(RangeError);
  });
});

describe('data reminders', () => {
  it('finds the last closed week in the recipient zone', () => {
    expect(lastClosedPeriod('week', local('2026-03-30T00:30'), CPH)).toBe('2026-W13');
    expect(lastClosedPeriod('month', local('2026-11-01T00:30'), CPH)).toBe('2026-10');
  });

  it('nudges the morning after the week (DST Monday) and again two working days later', () => {
    const rows = planDataReminders({ measureId: 'm1', teamId: 't1', periodKey: '2026-W13', audience: [anne], rules });
    expect(rows.map((r) => [r.payload.nudge, show(r.dueAt), r.dueAt.toISOString()])).toEqual([
      [1, 'Mon 2026-03-30T08:00', '2026-03-30T06:00:00.000Z'],
      [2, 'Wed 2026-04-01T08:00', '2026-04-01T06:00:00.000Z'],
    ]);
  });

  it('moves the nudges past Easter', () => {
    const rows = planDataReminders({ measureId: 'm1', teamId: 't1', periodKey: '2026-W14', audience: [anne], rules });
    expect(rows.map((r) => show(r.dueAt))).toEqual(['Tue 2026-04-07T08:00', 'Thu 2026-04-09T08:00']);
  });
});

describe('sponsor summaries', () => {
  const sub = { personId: 'spo', teamId: 't1', weekday: 1, time: '08:00', paused: false };

  it('plans next Monday 08:00 local, and the Monday after once this one has passed', () => {
    expect(show(planSponsorSummary({ sub, zone: CPH, rules, now: local('2026-10-21T12:00') })!.dueAt)).toBe(
      'Mon 2026-10-26T08:00',
    );
    expect(show(planSponsorSummary({ sub, zone: CPH, rules, now: local('2026-10-26T07:59') })!.dueAt)).toBe(
      'Mon 2026-10-26T08:00',
    );
    expect(show(planSponsorSummary({ sub, zone: CPH, rules, now: local('2026-10-26T08:01') })!.dueAt)).toBe(
      'Mon 2026-11-02T08:00',
    );
  });

  it('follows a changed day, skips Easter Monday and plans nothing when paused', () => {
    const wed = planSponsorSummary({ sub: { ...sub, weekday: 3 }, zone: CPH, rules, now: local('2026-10-26T09:00') })!;
    expect(show(wed.dueAt)).toBe('Wed 2026-10-28T08:00');
    expect(wed.dedupeKey).not.toBe(
      planSponsorSummary({ sub, zone: CPH, rules, now: local('2026-10-26T07:00') })!.dedupeKey,
    );
    expect(show(planSponsorSummary({ sub, zone: CPH, rules, now: local('2026-04-04T12:00') })!.dueAt)).toBe(
      'Tue 2026-04-07T08:00',
    );
    expect(
      planSponsorSummary({ sub: { ...sub, paused: true }, zone: CPH, rules, now: local('2026-10-21T12:00') }),
    ).toBeNull();
  });
});
