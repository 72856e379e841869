import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { schedulerWorld, type World } from './support/scheduler-world';
import { cardProblems, filled } from './support/validate-card';

const CPH = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: CPH }).toJSDate();
const show = (d: Date) => DateTime.fromJSDate(d, { zone: CPH }).toFormat("ccc yyyy-LL-dd'T'HH:mm");

let w: World;
afterEach(async () => w?.close());

describe('the monthly IHI progress score', () => {
  it('asks each team lead on the 25th (next working morning), once, and not after the score is given', async () => {
    w = await schedulerWorld({ start: '2026-04-02T12:00:00+02:00' });
    await w.tick();
    const rows = await w.store.reminders.list({ kind: 'progress_due' });
    expect(rows.map((r) => [r.recipient.kind === 'person' && r.recipient.personId, show(r.dueAt)])).toEqual([
      [w.people.bo!.id, 'Mon 2026-04-27T08:00'],
    ]);
    w.time.set(local('2026-04-27T08:00'));
    await w.tick();
    await w.tick();
    const sent = w.platform.deliveries.filter((d) => d.message.text.includes('fremdriftsscore'));
    expect(sent.map((d) => d.refId)).toEqual([w.refs.bo!.id]);
    expect(cardProblems(sent[0]!.message.card!)).toEqual([]);
    const action = (
      filled(sent[0]!.message.card!).actions as Array<{ verb: string; data: Record<string, unknown> }>
    )[0]!;
    expect(action).toMatchObject({ verb: 'progress.show', data: { teamId: w.teamA.id } });

    await w.store.progress.put({ teamId: w.teamA.id, month: '2026-05', score: 2, reason: 'Aktivitet' }, w.actor());
    w.time.set(local('2026-05-04T12:00'));
    await w.tick();
    w.time.set(local('2026-05-25T08:00'));
    await w.tick();
    expect(w.platform.deliveries.filter((d) => d.message.text.includes('fremdriftsscore'))).toHaveLength(1);
  });
});
