import { describe, expect, it } from 'vitest';
import {
  DELIVERY_FAILURE_KINDS,
  failureKindOf,
  failureText,
  isUnreachableFailure,
  parseReminderPayload,
  reminderCause,
} from '../../src/domain';

describe('reminder contracts between flows and the scheduler', () => {
  it('builds the cause keys in the format stored in reminders.cause_key', () => {
    expect(reminderCause.seminar('s1')).toBe('seminar:s1');
    expect(reminderCause.seminarNotice('s1')).toBe('seminar-notice:s1');
    expect(reminderCause.pdsa('c1')).toBe('pdsa:c1');
    expect(reminderCause.actionPlan('a1')).toBe('actionplan:a1');
    expect(reminderCause.data('m1', 't1', '2026-W10')).toBe('data:m1:t1:2026-W10');
    expect(reminderCause.summary('p1', 't1')).toBe('summary:p1:t1');
    expect(reminderCause.broadcast('b1')).toBe('broadcast:b1');
    expect(reminderCause.broadcastReport('b1')).toBe('broadcast-report:b1');
  });

  it('reads back the failure kind it wrote, and none from a platform reason', () => {
    for (const kind of DELIVERY_FAILURE_KINDS)
      expect(failureKindOf(failureText(kind, 'HTTP 403: forbidden'))).toBe(kind);
    expect(failureKindOf('HTTP 413 MessageSizeTooBig')).toBeNull();
    expect(failureKindOf('rate_limited (after 6 attempts)')).toBeNull();
    expect(failureKindOf(null)).toBeNull();
  });

  it('counts gone, no conversation and no notifier as unreachable, a send error not', () => {
    expect(isUnreachableFailure(failureText('GONE', 'HTTP 403'))).toBe(true);
    expect(isUnreachableFailure(failureText('NO_CONVERSATION', 'conversation not found'))).toBe(true);
    expect(isUnreachableFailure(failureText('NO_NOTIFIER', 'slack'))).toBe(true);
    expect(isUnreachableFailure(failureText('ERROR', 'socket hang up'))).toBe(false);
    expect(isUnreachableFailure('HTTP 400 BadRequest')).toBe(false);
  });

  it('parses each kind with its own payload schema and names what is missing', () => {
    expect(
      parseReminderPayload('pdsa_due', { cycleId: 'c1', teamId: 't1', phase: 'do', dueDate: '2026-03-01' }).success,
    ).toBe(true);
    expect(
      parseReminderPayload('broadcast', { broadcastId: 'b1', report: true, deadline: '2026-03-01T10:00:00.000Z' })
        .success,
    ).toBe(true);
    expect(
      parseReminderPayload('broadcast', { broadcastId: 'b1', teamId: 't1', target: 'Team Hvidovre' }).success,
    ).toBe(true);
    const wrong = parseReminderPayload('pdsa_due', {
      cycleId: 'c1',
      teamId: 't1',
      phase: 'later',
      dueDate: '2026-03-01',
    });
    expect(wrong.success ? [] : wrong.error.issues.map((i) => i.path.join('.'))).toEqual(['phase']);
    const seminarAsData = parseReminderPayload('data_due', { seminarId: 's1', revision: 'r', daysBefore: 1 });
    expect(seminarAsData.success).toBe(false);
  });
});
