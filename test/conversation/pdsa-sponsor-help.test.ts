import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectTeamWork } from '../../src/cli/export/export-team-work';
import type { PdsaCycle } from '../../src/domain';
import { createTranslator } from '../../src/i18n/translator';
import { buildSponsorSummary } from '../../src/reporting/build-sponsor-summary';
import {
  actionsOf,
  buttonOf,
  conversationFixture,
  textOf,
  type ConversationFixture,
} from '../support/conversation-fixture';

const da = createTranslator('da');
const en = createTranslator('en');
const REQUEST = 'Tid i lægernes morgenmøde til at præsentere tjeklisten';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

/** A running cycle of Team Hvidovre, created through the store as its member Anna. */
async function cycle(title = 'Smertescore ved indlæggelse'): Promise<PdsaCycle> {
  return f.store.pdsa.create(
    { teamId: f.hvidovre.id, title, plan: { objective: 'Alle får målt smerte' } },
    { personId: f.people.anna.id, at: f.clock.now() },
  );
}

const stored = async (c: PdsaCycle) => (await f.store.pdsa.get(c.id))!;
const open = async (who: 'lars' | 'anna' | 'tove' | 'sofie', c: PdsaCycle) =>
  (await f.press(who, { verb: 'pdsa.open', data: { cycleId: c.id } }))[0];

describe('asking the sponsor for help on a PDSA cycle', () => {
  it('lets the team lead ask from the cycle card with a small form, shows it on the card and stores when', async () => {
    const c = await cycle();
    const card = await open('lars', c);
    const [form] = await f.press('lars', buttonOf(card, 'pdsa.sponsorForm'));
    expect(form?.card?.template).toBe('pdsa-sponsor-form');
    expect(textOf(form)).toContain(da('pdsa.sponsor.form.label'));
    const [saved] = await f.press('lars', buttonOf(form, 'pdsa.sponsorSave', { inputs: { sponsorHelp: REQUEST } }));
    expect(textOf(saved)).toContain(da('pdsa.sponsor.saved'));
    expect(textOf(saved)).toContain(da('pdsa.sponsor.heading'));
    expect(textOf(saved)).toContain(REQUEST);
    expect(textOf(saved)).toContain('Siden 25.11.2026');
    expect(await stored(c)).toMatchObject({ sponsorHelp: REQUEST, sponsorHelpAt: f.clock.now() });
    // The card now offers to edit the request and to mark it solved.
    expect(actionsOf(saved).map((a) => a.title)).toEqual(
      expect.arrayContaining([da('pdsa.sponsor.button.edit'), da('pdsa.sponsor.button.solved')]),
    );
  });

  it('takes the typed command for the team’s one active cycle', async () => {
    const c = await cycle();
    const [reply] = await f.say('lars', `brug for hjælp fra sponsor: ${REQUEST}`);
    expect(textOf(reply)).toContain(da('pdsa.sponsor.saved'));
    expect((await stored(c)).sponsorHelp).toBe(REQUEST);
    await f.say('lars', 'Brug for hjælp fra sponsor:Budget');
    expect((await stored(c)).sponsorHelp).toBe(REQUEST);
    await f.say('lars', 'Brug for hjælp fra sponsor : Budget til tjeklister');
    expect((await stored(c)).sponsorHelp).toBe('Budget til tjeklister');
  });

  it('asks which cycle when the team has several active ones, and stores on the chosen one only', async () => {
    const first = await cycle('Tjekliste');
    const second = await cycle('Tidlig mobilisering');
    const [picker] = await f.say('lars', `brug for hjælp fra sponsor: ${REQUEST}`);
    expect(textOf(picker)).toContain(da('pdsa.sponsor.pickTitle'));
    expect((await stored(first)).sponsorHelp).toBeNull();
    await f.press('lars', buttonOf(picker, 'pdsa.sponsorSave', { title: 'Tidlig mobilisering' }));
    expect((await stored(second)).sponsorHelp).toBe(REQUEST);
    expect((await stored(first)).sponsorHelp).toBeNull();
  });

  it('says so when there is no active cycle or no text', async () => {
    expect(textOf((await f.say('lars', 'brug for hjælp fra sponsor: Budget'))[0])).toBe(da('pdsa.sponsor.noActive'));
    await cycle();
    expect(textOf((await f.say('lars', 'brug for hjælp fra sponsor'))[0])).toBe(da('pdsa.sponsor.usage'));
  });

  it('lets a tovholder over the team ask from the card', async () => {
    const c = await cycle();
    const [form] = await f.press('tove', buttonOf(await open('tove', c), 'pdsa.sponsorForm'));
    await f.press('tove', buttonOf(form, 'pdsa.sponsorSave', { inputs: { sponsorHelp: 'Budget' } }));
    expect((await stored(c)).sponsorHelp).toBe('Budget');
  });

  it('refuses a clinician kindly (Danish and English), offers them no button, and stores nothing', async () => {
    const c = await cycle();
    expect(actionsOf(await open('anna', c)).map((a) => a.verb)).not.toContain('pdsa.sponsorForm');
    expect(textOf((await f.say('anna', `brug for hjælp fra sponsor: ${REQUEST}`))[0])).toBe(
      da('permission.sponsorRequestLeadOnly'),
    );
    expect(textOf((await f.say('emma', `need help from sponsor: ${REQUEST}`))[0])).toBe(
      en('permission.sponsorRequestLeadOnly'),
    );
    const [refused] = await f.press('anna', { verb: 'pdsa.sponsorSave', data: { cycleId: c.id, sponsorHelp: 'x' } });
    expect(refused?.error?.code).toBe('PERMISSION_DENIED');
    expect(actionsOf(await open('sofie', c)).map((a) => a.verb)).not.toContain('pdsa.sponsorForm');
    expect((await stored(c)).sponsorHelp).toBeNull();
  });

  it('refuses a CPR number and too long a text, and stores nothing', async () => {
    const c = await cycle();
    const [cpr] = await f.say('lars', 'brug for hjælp fra sponsor: pt 120345-1234 skal ses');
    expect(textOf(cpr)).toMatch(/CPR-nummer/);
    const form = (await f.press('lars', buttonOf(await open('lars', c), 'pdsa.sponsorForm')))[0];
    const long = 'x'.repeat(1001);
    const [tooLong] = await f.press('lars', buttonOf(form, 'pdsa.sponsorSave', { inputs: { sponsorHelp: long } }));
    expect(tooLong?.card?.template).toBe('pdsa-sponsor-form');
    expect(textOf(tooLong)).toContain(da('pdsa.sponsor.tooLong', { max: 1000, length: 1001 }));
    const [cprForm] = await f.press(
      'lars',
      buttonOf(form, 'pdsa.sponsorSave', { inputs: { sponsorHelp: 'pt 1203451234' } }),
    );
    expect(cprForm?.error?.code).toBe('CPR_NUMBER_REFUSED');
    expect((await stored(c)).sponsorHelp).toBeNull();
  });

  it('clears the request with "hjælp fra sponsor løst", with the button, or with an empty form', async () => {
    const c = await cycle();
    await f.say('lars', `brug for hjælp fra sponsor: ${REQUEST}`);
    expect(textOf((await f.say('lars', 'hjælp fra sponsor løst'))[0])).toContain(da('pdsa.sponsor.cleared'));
    expect(await stored(c)).toMatchObject({ sponsorHelp: null, sponsorHelpAt: null });
    expect(textOf((await f.say('lars', 'hjælp fra sponsor løst'))[0])).toBe(da('pdsa.sponsor.noneOpen'));

    await f.say('lars', `brug for hjælp fra sponsor: ${REQUEST}`);
    await f.press('lars', buttonOf(await open('lars', c), 'pdsa.sponsorClear'));
    expect((await stored(c)).sponsorHelp).toBeNull();

    await f.say('lars', `brug for hjælp fra sponsor: ${REQUEST}`);
    const [form] = await f.press('lars', buttonOf(await open('lars', c), 'pdsa.sponsorForm'));
    await f.press('lars', buttonOf(form, 'pdsa.sponsorSave', { inputs: { sponsorHelp: '  ' } }));
    expect((await stored(c)).sponsorHelp).toBeNull();
    const audit = await f.store.audit.list({ entity: 'pdsa', entityId: c.id });
    expect(audit.length).toBeGreaterThanOrEqual(6);
  });

  it('asks which cycle is solved when several have a request', async () => {
    const first = await cycle('Tjekliste');
    const second = await cycle('Tidlig mobilisering');
    const by = { personId: f.people.lars.id, at: f.clock.now() };
    await f.store.pdsa.setSponsorHelp(first.id, 'Budget', by);
    await f.store.pdsa.setSponsorHelp(second.id, 'Tid', by);
    const [picker] = await f.say('lars', 'hjælp fra sponsor løst');
    await f.press('lars', buttonOf(picker, 'pdsa.sponsorClear', { title: 'Tjekliste' }));
    expect((await stored(first)).sponsorHelp).toBeNull();
    expect((await stored(second)).sponsorHelp).toBe('Tid');
  });
});

describe('where a sponsor request on a PDSA cycle shows', () => {
  it('shows in status, in the sponsor summary next to action-plan requests, and in the export', async () => {
    const c = await cycle();
    await f.say('lars', `brug for hjælp fra sponsor: ${REQUEST}`);
    const plan = await f.store.actionPlans.create(
      {
        teamId: f.hvidovre.id,
        title: 'Handleplan',
        whatToChange: 'Operation inden 24 timer',
        planDate: '2026-11-20',
        steps: [{ what: 'Tjekliste', due: '2026-12-20' }],
      },
      { personId: f.people.lars.id, at: f.clock.now() },
    );
    await f.store.actionPlans.updateStep(
      plan.steps[0]!.id,
      { sponsorHelp: 'Budget til tjeklister' },
      { personId: f.people.lars.id, at: f.clock.now() },
    );

    const status = textOf((await f.say('anna', 'status'))[0]);
    expect(status).toContain(da('pdsa.sponsor.statusLine', { request: REQUEST }));

    const message = await buildSponsorSummary({
      store: f.store,
      teamId: f.hvidovre.id,
      now: f.clock.now(),
      locale: 'da',
      t: da,
      zone: 'Europe/Copenhagen',
      charts: null,
      weekday: 1,
      time: '08:00',
    });
    const summary = textOf({ card: { summary: message!.text, ...message!.card! } });
    expect(summary).toContain(da('summary.requestsTitle'));
    expect(summary).toContain(`${REQUEST} (PDSA: ${c.title})`);
    expect(summary).toContain('Budget til tjeklister (trin: Tjekliste)');

    const work = await collectTeamWork(f.store, [f.hvidovre]);
    expect(work.get(f.hvidovre.id)?.pdsaCycles).toEqual([
      { title: c.title, phase: 'plan', sponsorHelp: REQUEST, sponsorHelpSince: f.clock.now().toISOString() },
    ]);
  });
});
