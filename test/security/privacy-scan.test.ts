import { afterEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/create-store';
import { bumpSeriesVersions } from '../../src/store/series-version';
import { cli, workDir } from '../cli/cli-harness';
import { conversationFixture, type ConversationFixture } from '../support/conversation-fixture';
import { DIALECTS } from '../support/stores';
import { snapshot } from '../store/store-snapshot';
import { dumpHasCpr } from './cpr-shapes';

// A database from before the guard knew every shape: CPR-like text written straight into notes, titles, a
// name, the audit log, a conversation reference and a measurement value. `privacy scan` counts without
// printing, `--redact` removes them (keeping the platform ids that merely contain ten digits).

const PLATFORM_ID = 'ab240583-1234-4abc-8def-0123456789ab'; // a UUID whose digits look like a CPR number

describe.each(DIALECTS)('forbedringsbot privacy scan (%s)', (dialect) => {
  let f: ConversationFixture;
  afterEach(async () => f?.close());

  async function seedOldCpr() {
    f = await conversationFixture({ dialect });
    const db = databaseOf(f.store)!;
    const [stored] = await f.say('anna', 'måling vent 5 uge 47');
    expect(stored?.card?.template).toBe('measurement-stored');
    await f.say('anna', 'hjælp', {
      conversation: {
        id: 'dm-anna',
        kind: 'personal',
        tenantId: 'local',
        reference: { user: { id: PLATFORM_ID, name: 'Anna' } },
      },
    });
    await db.updateTable('measurements').set({ note: 'Pt 24.05.83-1234 faldt' }).execute();
    await db
      .updateTable('persons')
      .set({ display_name: 'Ole 240583 1234' })
      .where('id', '=', f.people.ole.id)
      .execute();
    await db
      .updateTable('conversation_refs')
      .set({ reference_json: JSON.stringify({ user: { id: PLATFORM_ID, name: 'Anna 24-05-83-1234' } }) })
      .execute();
    const audit = await db.selectFrom('audit_log').select('id').orderBy('id').executeTakeFirstOrThrow();
    await db
      .updateTable('audit_log')
      .set({ new_json: JSON.stringify({ note: 'cpr 2405831234', teamId: f.hvidovre.id }) })
      .where('id', '=', audit.id)
      .execute();
    await db
      .insertInto('measurements')
      .values({
        id: 'old-import-row',
        measure_id: f.measures.vent.id,
        team_id: f.hvidovre.id,
        period_key: '2026-W40',
        period_start: '2026-09-28',
        value: 2405831234,
        numerator: null,
        denominator: null,
        note: null,
        recorded_by: null,
        recorded_at: '2026-10-01T00:00:00.000Z',
      })
      .execute();
    return workDir();
  }

  it('counts what it finds without printing it, and exits 1', async () => {
    const cwd = await seedOldCpr();
    const r = await cli(['privacy', 'scan'], { store: f.store, clock: f.clock, cwd });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').sort()).toEqual(
      [
        'Found in 5 places. Run with --redact to remove them.',
        'audit_log.new_json: 1 row',
        'conversation_refs.reference_json: 1 row',
        'measurements.note: 1 row',
        'measurements.value: 1 row',
        'persons.display_name: 1 row',
      ].sort(),
    );
    expect(dumpHasCpr(r.stdout + r.stderr)).toBe(false);
    expect(dumpHasCpr(JSON.stringify(await snapshot(f.store)))).toBe(true);
  });

  it('redacts everything with --redact, keeps ids, and finds nothing afterwards', async () => {
    const cwd = await seedOldCpr();
    const r = await cli(['privacy', 'scan', '--redact'], { store: f.store, clock: f.clock, cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Redacted 5 rows.');
    const dump = JSON.stringify(await snapshot(f.store));
    expect(dumpHasCpr(dump.replaceAll(PLATFORM_ID, ''))).toBe(false);
    expect(dump).toContain(PLATFORM_ID);
    expect(dump).toContain('Pt [CPR fjernet] faldt');
    expect((await f.store.persons.get(f.people.ole.id))?.displayName).toBe('Ole [CPR fjernet]');
    expect(await f.store.measurements.get(f.measures.vent.id, f.hvidovre.id, '2026-W40')).toBeNull();
    const again = await cli(['privacy', 'scan'], { store: f.store, clock: f.clock, cwd });
    expect(again).toMatchObject({ code: 0, stdout: 'No CPR-like numbers found.\n' });
  });

  it('invalidates the series a running instance has cached, so the removed value is not shown from memory', async () => {
    const cwd = await seedOldCpr();
    const db = databaseOf(f.store)!;
    const series = { measureId: f.measures.vent.id, teamId: f.hvidovre.id };
    // The old row as if written through the store: its series version moves, and this instance caches the series.
    await bumpSeriesVersions(db, [series]);
    const values = async () => (await f.store.measurements.series(series.measureId, series.teamId)).map((m) => m.value);
    expect(await values()).toContain(2405831234);
    expect((await cli(['privacy', 'scan', '--redact'], { store: f.store, clock: f.clock, cwd })).code).toBe(0);
    expect(await values()).not.toContain(2405831234);
    expect((await f.store.measurements.series(series.measureId, series.teamId)).map((m) => m.note)).toContain(
      'Pt [CPR fjernet] faldt',
    );
  });
});
