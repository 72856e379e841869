import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReminderOf } from '../../src/domain';
import { buttonOf, conversationFixture, type ConversationFixture } from '../support/conversation-fixture';
import { fixtureScheduler } from './support/fixture-scheduler';
import { cardProblems, filled } from './support/validate-card';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
  // anna, lars and ole have talked to the bot; team Odense's channel is linked; mette and emma never wrote.
  for (const who of ['anna', 'lars', 'ole', 'tove'] as const) await f.say(who, 'hjælp');
  await f.store.conversationRefs.upsert(
    {
      platform: 'local',
      tenantId: 'local',
      conversationId: 'odense-kanal',
      kind: 'channel',
      personId: null,
      teamId: f.odense.id,
      reference: {},
    },
    f.clock.now(),
  );
});
afterEach(() => f.close());

async function preview(text = 'Husk at indtaste data for uge 47 inden fredag.') {
  const [compose] = await f.say('tove', 'udsend');
  return f.press('tove', buttonOf(compose, 'broadcast.preview', { inputs: { message: text, scope: f.hip.id } }));
}

describe('broadcast flow', () => {
  it('composes, previews with who cannot be reached, and sends only after an explicit confirm', async () => {
    const [compose] = await f.say('tove', 'udsend');
    expect(compose?.card?.template).toBe('broadcast-compose');
    expect(cardProblems(compose!.card!)).toEqual([]);
    const [shown] = await preview();
    expect(shown?.card?.template).toBe('broadcast-preview');
    expect(cardProblems(shown!.card!)).toEqual([]);
    expect(shown!.card!.data).toMatchObject({
      recipients: 'Sendes til 2 teams (3 samtaler).',
      hasUnreachable: true,
      unreachable:
        '2 kan ikke nås: Emma English (Team Hvidovre): endnu ikke fundet i Teams eller Slack; Mette Fysioterapeut (Team Hvidovre): endnu ikke fundet i Teams eller Slack.',
      message: 'Husk at indtaste data for uge 47 inden fredag.',
    });
    expect(await f.store.reminders.list({ kind: 'broadcast' })).toEqual([]);
    const [sending] = await f.press('tove', buttonOf(shown, 'broadcast.send'));
    expect(sending?.text).toBe('Sender til 3 samtaler. Du får en leveringsrapport, når alt er afleveret.');
    expect(await f.store.reminders.list({ kind: 'broadcast' })).toHaveLength(4); // 3 deliveries + the report
    expect((await f.press('tove', buttonOf(shown, 'broadcast.send')))[0]?.text).toBe(
      'Det er allerede gemt – der skete ikke mere.',
    );
    expect(await f.store.reminders.list({ kind: 'broadcast' })).toHaveLength(4);
  });

  it('delivers through the scheduler and reports sent, failed with reasons, and not reachable', async () => {
    const { platform, tick } = fixtureScheduler(f);
    const [shown] = await preview();
    await f.press('tove', buttonOf(shown, 'broadcast.send'));
    const lars = (await f.store.conversationRefs.forPerson(f.people.lars.id))[0]!;
    platform.script = (ref) => {
      if (ref.conversationId === 'odense-kanal')
        return { ok: false, retryable: false, gone: true, reason: 'HTTP 403 bot removed from team' };
      if (ref.id === lars.id) return { ok: false, retryable: false, gone: false, reason: 'HTTP 400 BadRequest' };
      return null;
    };
    await tick();
    const toAnna = platform.deliveries.filter((d) => d.message.card?.template === 'broadcast-message');
    expect(toAnna).toHaveLength(1);
    expect(toAnna[0]!.message.text).toBe('Besked fra Tove Tovholder: Husk at indtaste data for uge 47 inden fredag.');
    expect(cardProblems(toAnna[0]!.message.card!)).toEqual([]);

    f.clock.advance(61_000);
    await tick();
    const report = platform.deliveries.find((d) => d.message.card?.template === 'broadcast-report')!;
    expect(report.message.text).toBe('Leveringsrapport: 1 sendt, 1 fejlede, 3 ikke nået.');
    expect(cardProblems(report.message.card!)).toEqual([]);
    expect(JSON.stringify(filled(report.message.card!))).toContain('HTTP 400 BadRequest');
    const tove = (await f.store.conversationRefs.forPerson(f.people.tove.id))[0]!;
    expect(report.refId).toBe(tove.id);
    const [broadcast] = await Promise.all(
      (await f.store.reminders.list({ kind: 'broadcast' })).flatMap((r) =>
        isReminderOf(r, 'broadcast') && r.payload.report ? [f.store.broadcasts.get(r.payload.broadcastId)] : [],
      ),
    );
    expect(broadcast!.report).toEqual({
      sent: 1,
      failed: [{ target: 'Lars Overlæge (Team Hvidovre)', reason: 'HTTP 400 BadRequest' }],
      unreachable: [
        'Emma English (Team Hvidovre): endnu ikke fundet i Teams eller Slack',
        'Mette Fysioterapeut (Team Hvidovre): endnu ikke fundet i Teams eller Slack',
        'Team Odense',
      ],
    });
    expect(broadcast!.sentAt).toEqual(f.clock.now());
  });

  it('waits with the report while deliveries are still being retried', async () => {
    const { platform, tick } = fixtureScheduler(f);
    const [shown] = await preview();
    await f.press('tove', buttonOf(shown, 'broadcast.send'));
    let fails = 1;
    platform.script = (ref) =>
      ref.conversationId === 'odense-kanal' && fails-- > 0
        ? { ok: false, retryable: true, retryAfterMs: 5 * 60_000, reason: 'HTTP 429' }
        : null;
    await tick();
    f.clock.advance(61_000);
    await tick();
    expect(platform.deliveries.filter((d) => d.message.card?.template === 'broadcast-report')).toEqual([]);
    f.clock.advance(5 * 60_000);
    await tick(); // the retried delivery goes out; the report looks again 30 s later
    f.clock.advance(30_000);
    await tick();
    const report = platform.deliveries.filter((d) => d.message.card?.template === 'broadcast-report');
    expect(report.map((d) => d.message.text)).toEqual(['Leveringsrapport: 3 sendt, 0 fejlede, 2 ikke nået.']);
  });

  it('refuses people who are not tovholder or admin, and empty or too long messages', async () => {
    expect((await f.say('anna', 'udsend Hej alle'))[0]?.text).toBe(
      'Det kan kun samarbejdets tovholdere og administratorer.',
    );
    const [empty, form] = await preview('   ');
    expect(empty?.text).toBe('Beskeden er tom – skriv den i feltet.');
    expect(form?.card?.template).toBe('broadcast-compose');
    expect((await preview('x'.repeat(2001)))[0]?.text).toBe('Beskeden er for lang (højst 2.000 tegn).');
    expect(await f.store.reminders.list({ kind: 'broadcast' })).toEqual([]);
  });

  it('lets a regional tovholder send only to the teams of the region', async () => {
    await f.say('rikke', 'hjælp');
    const [shown] = await f.say('rikke', 'udsend Regionalt netværksmøde flyttes til tirsdag.');
    expect(shown!.card!.data.recipients).toBe('Sendes til 1 team (1 samtale).');
    const [refused] = await f.press('rikke', {
      verb: 'broadcast.preview',
      data: { message: 'Til alle', scope: f.hip.id },
    });
    expect(refused?.text).toBe('Du er tovholder for en anden region end dette team.');
  });
});
