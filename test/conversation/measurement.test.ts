import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodBounds } from '../../src/domain';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const stored = (measure: keyof ConversationFixture['measures'], periodKey: string, team = f.hvidovre) =>
  f.store.measurements.get(f.measures[measure].id, team.id, periodKey);

describe('quick-text measurement', () => {
  it.each([
    ['måling ventetid 42', 'vent', '2026-W48', { value: 42, numerator: null, denominator: null }],
    ['måling OP24 18/22 uge 47', 'op24', '2026-W47', { value: 18 / 22, numerator: 18, denominator: 22 }],
    ['m op24 18/22 u47', 'op24', '2026-W47', { numerator: 18, denominator: 22 }],
    ['måling smerte 3,5 i går', 'smerte', '2026-11-24', { value: 3.5 }],
    ['måling smerte 3.5 i dag', 'smerte', '2026-11-25', { value: 3.5 }],
    ['måling op24 18 / 22 2026-W47', 'op24', '2026-W47', { numerator: 18 }],
    ['måling nrs 2 23-11-2026', 'smerte', '2026-11-23', { value: 2 }],
    ['måling nrs 2 23.11.2026', 'smerte', '2026-11-23', { value: 2 }],
    ['måling nrs 2 2026-11-23', 'smerte', '2026-11-23', { value: 2 }],
    ['måling op24 18/22 23-11-2026', 'op24', '2026-W48', { numerator: 18 }],
    ['måling ventetid 40 i går', 'vent', '2026-W48', { value: 40 }],
    ['measurement vent 40 week 46', 'vent', '2026-W46', { value: 40 }],
    ['log nrs 4 yesterday', 'smerte', '2026-11-24', { value: 4 }],
    ['m nrs 4 today', 'smerte', '2026-11-25', { value: 4 }],
    ['måling patienttilfredshed 82%', 'tilf', '2026-W48', { value: 82 }],
    ['måling mobilitet 7 uge 47 2026', 'mobd', '2026-W47', { value: 7 }],
    ['måling fald 3/2170 uge 47', 'fald', '2026-W47', { numerator: 3, denominator: 2170 }],
  ] as const)('stores "%s"', async (text, measure, periodKey, values) => {
    const [reply] = await f.say('anna', text);
    expect(reply?.card?.template).toBe('measurement-stored');
    expect(await stored(measure, periodKey)).toMatchObject({ ...values, recordedBy: f.people.anna.id });
  });

  it('confirms what was stored with the median, the goal and undo', async () => {
    const [reply] = await f.say('anna', 'måling OP24 18/22 uge 47');
    const text = textOf(reply);
    expect(text).toContain('Gemt: OP24, uge 47');
    expect(text).toContain('18/22 (81,8 %)');
    expect(text).toMatch(/Median\n81,8 %/);
    expect(text).toMatch(/Måltal\n90 %/);
    expect(text).toContain('Du kan fortryde i 10 minutter');
    expect(buttonOf(reply, 'measurement.undo').data.token).toBeTruthy();
    expect(buttonOf(reply, 'chart.show').data).toMatchObject({ measureId: f.measures.op24.id, teamId: f.hvidovre.id });
  });

  it('keeps a note', async () => {
    await f.say('anna', 'måling ventetid 42 notat: ny vagtplan');
    expect(await stored('vent', '2026-W48')).toMatchObject({ note: 'ny vagtplan' });
  });

  it('says when the new point completes a signal', async () => {
    const base = [30, 32, 29, 33, 31, 30, 34, 29, 32, 31, 33, 30, 20, 20, 20, 20, 20, 20, 20];
    const weeks = base.map((_, i) => `2026-W${String(29 + i).padStart(2, '0')}`);
    await f.store.measurements.putMany(
      base
        .map((value, i) => ({
          measureId: f.measures.vent.id,
          teamId: f.hvidovre.id,
          periodKey: weeks[i]!,
          periodStart: '',
          value,
          numerator: null,
          denominator: null,
          note: null,
        }))
        .map((m) => ({ ...m, periodStart: periodBounds(m.periodKey)!.start })),
      { personId: null, at: f.clock.now() },
    );
    const [reply] = await f.say('anna', 'måling ventetid 20');
    expect(reply?.card?.data).toMatchObject({ signalIsNew: true });
    const text = textOf(reply);
    expect(text).toContain('Nyt signal – dette punkt fuldender det');
    // Waiting time: lower is better, so the drop reads as an improvement.
    expect(text).toContain(
      'Ventetid på operation er faldet: 8 uger i træk under medianen siden uge 41 — det ligner en reel forbedring.',
    );
  });

  it('answers in English for an English-speaking user', async () => {
    const [reply] = await f.say('emma', 'measurement op24 18/22 week 47');
    const text = textOf(reply);
    expect(text).toContain('Saved: OP24, week 47');
    expect(text).toContain('18/22 (81.8%)');
    expect(text).toContain('You can undo for 10 minutes');
  });

  it('puts a week without a year in the most recent such week, and names its year when that is last year', async () => {
    const [reply] = await f.say('anna', 'måling ventetid 44 uge 50');
    expect(textOf(reply)).toContain('Gemt: VENT, uge 50 2025');
    expect(await f.store.measurements.get(f.measures.vent.id, f.hvidovre.id, '2026-W50')).toBeNull();
    expect(await f.store.measurements.get(f.measures.vent.id, f.hvidovre.id, '2025-W50')).toMatchObject({ value: 44 });
  });
});

describe('rejected values leave the store unchanged', () => {
  const rejects = async (text: string, message: string | RegExp) => {
    const before = await f.store.measurements.listForTeam(f.hvidovre.id);
    const [reply] = await f.say('anna', text);
    expect(reply?.card).toBeUndefined();
    expect(reply?.text).toMatch(message);
    expect(await f.store.measurements.listForTeam(f.hvidovre.id)).toEqual(before);
  };

  it('refuses a negative value', () => rejects('måling ventetid -5', 'Værdien kan ikke være negativ.'));
  it('refuses a numerator larger than the denominator', () =>
    rejects('måling op24 23/22 uge 47', 'Tælleren (23) kan ikke være større end nævneren (22).'));
  it('refuses a single number for a proportion', () =>
    rejects('måling op24 18', 'OP24 skal angives som tæller/nævner, fx 18/22.'));
  it('refuses a fraction for a plain value', () => rejects('måling ventetid 4/5', 'VENT er ét tal, ikke en brøk.'));
  it('refuses a zero denominator', () => rejects('måling op24 0/0 uge 47', 'Nævneren kan ikke være 0.'));
  it('refuses a percentage for a proportion (no denominator for the P chart)', () =>
    rejects('måling op24 82%', 'OP24 kan ikke angives i procent; skriv tæller/nævner, fx 18/22.'));
  it('refuses a percentage for a count', () => rejects('måling mobd 82%', 'MOBD angives ikke i procent'));
  it('refuses a period that has not started', () =>
    rejects('måling op24 18/22 uge 50 2026', 'Perioden uge 50 2026 er ikke begyndt endnu.'));
  it('refuses a period outside the collaborative', () =>
    rejects(
      'måling op24 18/22 uge 10 2025',
      'Perioden uge 10 2025 ligger uden for samarbejdets periode (02.06.2025 – 01.06.2027).',
    ));
  it('refuses a date that does not exist', () => rejects('måling nrs 3 31-02-2026', 'Datoen 31-02-2026 findes ikke.'));
  it('refuses a week that no year has, saying so', () =>
    rejects('måling op24 18/22 uge 54', 'Jeg forstod ikke ugen "54" – en uge er 1–52 (eller 53 i år med 53 uger).'));
  it('refuses a year it cannot read', () => rejects('måling op24 18/22 uge 47/20266', 'Jeg forstod ikke året "20266"'));
  it('refuses a week for a daily measure, saying what fits', () =>
    rejects('måling nrs 3 uge 47', 'Målet opgøres pr. dag, så "uge 47" passer ikke – skriv en dato'));
  it('refuses a month for a weekly measure, saying what fits', () =>
    rejects('måling op24 18/22 11/2026', 'Målet opgøres pr. uge, så "11/2026" passer ikke'));
  it('refuses unreadable text after the value', () =>
    rejects('måling ventetid 42 på tirsdag', 'Jeg forstod ikke perioden "på tirsdag"'));

  it('refuses a note with a CPR number, and neither stores, echoes nor logs it', async () => {
    await rejects('måling ventetid 42 notat: pt 120345-1234 ventede', /CPR-nummer/);
    const [reply] = await f.say('anna', 'måling ventetid 42 notat: pt 1203451234');
    expect(JSON.stringify(reply)).not.toContain('1203451234');
    expect(f.logs.join('')).not.toMatch(/120345-?1234/);
  });

  it('lists the team’s measures for an unknown measure', async () => {
    const [reply] = await f.say('anna', 'måling xyzzy 5');
    expect(textOf(reply)).toContain('Jeg kender ikke målet "xyzzy"');
    expect(reply?.card?.template).toBe('choice');
    // Odense's own measure and the other collaborative's are not offered.
    expect(textOf(reply)).not.toContain('ODS1');
    expect(textOf(reply)).not.toContain('APO1');
    expect(await f.store.measurements.listForTeam(f.hvidovre.id)).toEqual([]);
  });

  it('refuses a measure of another collaborative, even by id in card data', async () => {
    const [typed] = await f.say('anna', 'måling APO1 5/10');
    expect(textOf(typed)).toContain('Jeg kender ikke målet "APO1"');
    const [pressed] = await f.press('anna', {
      verb: 'measurement.submit',
      data: { teamId: f.hvidovre.id, measureId: f.measures.apo.id, value: '5/10', nonce: 'n-apo' },
    });
    expect(pressed?.text).toBe('Det mål findes ikke (længere) for dit team. Skriv "status" for at se teamets mål.');
    expect(await f.store.measurements.listForTeam(f.hvidovre.id)).toEqual([]);
  });

  it('explains how to write a measurement when the value is missing', async () => {
    const [reply] = await f.say('anna', 'måling ventetid');
    expect(textOf(reply)).toContain('Sådan indtaster du en måling');
    expect(buttonOf(reply, 'measurement.form').data.teamId).toBe(f.hvidovre.id);
  });
});

describe('ambiguity and typos', () => {
  it('asks with buttons when a prefix matches two measures, then stores the chosen one', async () => {
    const [ask] = await f.say('anna', 'måling mob 7 uge 47');
    expect(textOf(ask)).toContain('"mob" passer på flere mål');
    const choice = buttonOf(ask, 'measurement.choose', { title: 'MOBD – Mobilitet ved udskrivelse' });
    const [done] = await f.press('anna', choice);
    expect(done?.card?.template).toBe('measurement-stored');
    expect(await stored('mobd', '2026-W47')).toMatchObject({ value: 7 });
    expect(await stored('mob1', '2026-W47')).toBeNull();
  });

  it('a second press on the same choice card stores nothing more', async () => {
    const [ask] = await f.say('anna', 'måling mob 7 uge 47');
    await f.press('anna', buttonOf(ask, 'measurement.choose', { title: 'MOBD – Mobilitet ved udskrivelse' }));
    const [again] = await f.press(
      'anna',
      buttonOf(ask, 'measurement.choose', { title: 'MOB1 – Mobilisering inden for 24 timer' }),
    );
    expect(again?.text).toBe('Det er allerede gemt – der skete ikke mere.');
    expect(await stored('mob1', '2026-W47')).toBeNull();
  });

  it('suggests the closest measure for a typo', async () => {
    const [ask] = await f.say('anna', 'måling ventetd 42');
    expect(textOf(ask)).toContain('Mente du et af disse mål?');
    const [done] = await f.press(
      'anna',
      buttonOf(ask, 'measurement.choose', { title: 'VENT – Ventetid på operation' }),
    );
    expect(done?.card?.template).toBe('measurement-stored');
    expect(await stored('vent', '2026-W48')).toMatchObject({ value: 42 });
  });

  it('suggests OP24 for a transposed code', async () => {
    const [ask] = await f.say('anna', 'måling op42 18/22');
    expect(buttonOf(ask, 'measurement.choose').data.measureId).toBe(f.measures.op24.id);
  });

  it('cancels a choice', async () => {
    const [ask] = await f.say('anna', 'måling mob 7');
    const [cancelled] = await f.press('anna', buttonOf(ask, 'measurement.keep'));
    expect(cancelled?.text).toBe('OK, jeg har ikke gemt noget.');
    const [late] = await f.press(
      'anna',
      buttonOf(ask, 'measurement.choose', { title: 'MOBD – Mobilitet ved udskrivelse' }),
    );
    expect(late?.text).toContain('ikke længere aktivt');
  });
});

describe('undo', () => {
  it('deletes a new value within 10 minutes', async () => {
    const [reply] = await f.say('anna', 'måling ventetid 42');
    f.clock.advance(9 * 60_000 + 59_000);
    const [undone] = await f.press('anna', buttonOf(reply, 'measurement.undo'));
    expect(undone?.text).toBe('Fortrudt: målingen for VENT, uge 48 er slettet.');
    expect(await stored('vent', '2026-W48')).toBeNull();
  });

  it('restores the replaced value', async () => {
    await f.say('anna', 'måling op24 17/22 uge 47');
    const [ask] = await f.say('anna', 'måling op24 18/22 uge 47');
    const [replaced] = await f.press('anna', buttonOf(ask, 'measurement.replace'));
    const [undone] = await f.press('anna', buttonOf(replaced, 'measurement.undo'));
    expect(undone?.text).toBe('Fortrudt: OP24, uge 47 er igen 17/22 (77,3 %).');
    expect(await stored('op24', '2026-W47')).toMatchObject({ numerator: 17, denominator: 22 });
  });

  it('refuses after 10 minutes and keeps the value', async () => {
    const [reply] = await f.say('anna', 'måling ventetid 42');
    f.clock.advance(10 * 60_000 + 1000);
    const [late] = await f.press('anna', buttonOf(reply, 'measurement.undo'));
    expect(late?.text).toContain('Det kan ikke fortrydes længere');
    expect(await stored('vent', '2026-W48')).toMatchObject({ value: 42 });
  });

  it('undoes once', async () => {
    const [reply] = await f.say('anna', 'måling ventetid 42');
    await f.press('anna', buttonOf(reply, 'measurement.undo'));
    const [again] = await f.press('anna', buttonOf(reply, 'measurement.undo'));
    expect(again?.text).toBe('Det er allerede fortrudt.');
  });

  it('lets only the author undo', async () => {
    const [reply] = await f.say('anna', 'måling ventetid 42');
    const [other] = await f.press('lars', buttonOf(reply, 'measurement.undo'));
    expect(other?.text).toBe('Du kan kun fortryde dine egne målinger.');
    expect(await stored('vent', '2026-W48')).toMatchObject({ value: 42 });
  });

  it('does not undo a value someone changed since', async () => {
    const [reply] = await f.say('anna', 'måling ventetid 42');
    const [ask] = await f.say('lars', 'måling ventetid 43');
    await f.press('lars', buttonOf(ask, 'measurement.replace'));
    const [undo] = await f.press('anna', buttonOf(reply, 'measurement.undo'));
    expect(undo?.text).toContain('Værdien er ændret siden');
    expect(await stored('vent', '2026-W48')).toMatchObject({ value: 43 });
  });
});

describe('replacing an existing period', () => {
  it('asks before replacing, showing both values', async () => {
    await f.say('anna', 'måling op24 17/22 uge 47');
    const [ask] = await f.say('anna', 'måling op24 18/22 uge 47');
    expect(ask?.card?.template).toBe('measurement-confirm-replace');
    const text = textOf(ask);
    expect(text).toContain('OP24 har allerede en værdi for uge 47');
    expect(text).toContain('17/22 (77,3 %)');
    expect(text).toContain('18/22 (81,8 %)');
    expect(await stored('op24', '2026-W47')).toMatchObject({ numerator: 17 });
  });

  it('replaces on confirmation, once even when pressed twice', async () => {
    await f.say('anna', 'måling op24 17/22 uge 47');
    const [ask] = await f.say('anna', 'måling op24 18/22 uge 47');
    const [done] = await f.press('anna', buttonOf(ask, 'measurement.replace'));
    expect(textOf(done)).toContain('Erstattet: OP24, uge 47');
    expect(textOf(done)).toMatch(/Tidligere værdi\n17\/22/);
    const [again] = await f.press('anna', buttonOf(ask, 'measurement.replace'));
    expect(again?.text).toBe('Det er allerede gemt – der skete ikke mere.');
    const audit = await f.store.audit.list({ entity: 'measurement' });
    expect(audit.filter((a) => a.action === 'update')).toHaveLength(1);
  });

  it('keeps the old value when asked to', async () => {
    await f.say('anna', 'måling op24 17/22 uge 47');
    const [ask] = await f.say('anna', 'måling op24 18/22 uge 47');
    const [kept] = await f.press('anna', buttonOf(ask, 'measurement.keep'));
    expect(kept?.text).toBe('OK, jeg har ikke gemt noget.');
    expect(await stored('op24', '2026-W47')).toMatchObject({ numerator: 17 });
  });
});

describe('idempotency', () => {
  it('handles a retried request id once and answers the retry with the first replies', async () => {
    const first = await f.say('anna', 'måling ventetid 42', { requestId: 'activity-1' });
    expect(first).toHaveLength(1);
    const retry = await f.say('anna', 'måling ventetid 42', { requestId: 'activity-1' });
    expect(retry).toEqual(first.map((r) => ({ ...r, replayed: true })));
    const audit = await f.store.audit.list({ entity: 'measurement' });
    expect(audit).toHaveLength(1);
  });

  it('stores a double-submitted form once', async () => {
    const [form] = await f.press('anna', { verb: 'measurement.form', data: {} });
    const submit = buttonOf(form, 'measurement.submit', {
      inputs: { measureId: f.measures.vent.id, value: '42', period: 'uge 47' },
    });
    const [done] = await f.press('anna', submit);
    expect(done?.card?.template).toBe('measurement-stored');
    const [again] = await f.press('anna', submit);
    expect(again?.text).toBe('Det er allerede gemt – der skete ikke mere.');
    expect(await f.store.audit.list({ entity: 'measurement' })).toHaveLength(1);
  });
});

describe('the measurement form', () => {
  it('offers the team’s measures, period, value and note', async () => {
    const [form] = await f.say('anna', 'måling');
    expect(form?.card?.template).toBe('measurement-form');
    const text = textOf(form);
    expect(text).toContain('OP24 – Operation inden for 24 timer');
    expect(text).not.toContain('ODS1');
    expect(text).toContain('Notat');
  });

  it('has numerator and denominator fields for a proportion measure', async () => {
    const [form] = await f.press('anna', { verb: 'measurement.form', data: { measureId: f.measures.op24.id } });
    const submit = buttonOf(form, 'measurement.submit', {
      inputs: { numerator: '19', denominator: '21', period: 'uge 47', note: '' },
    });
    expect(textOf(form)).toContain('Tæller');
    expect(textOf(form)).toContain('uge 48'); // the current period is prefilled
    await f.press('anna', submit);
    expect(await stored('op24', '2026-W47')).toMatchObject({ numerator: 19, denominator: 21 });
  });

  it('keeps the form usable after a rejected value (the nonce is not spent)', async () => {
    const [form] = await f.press('anna', { verb: 'measurement.form', data: { measureId: f.measures.vent.id } });
    const [bad] = await f.press('anna', buttonOf(form, 'measurement.submit', { inputs: { value: '-3', period: '' } }));
    expect(bad?.text).toBe('Værdien kan ikke være negativ.');
    // Refusals found while reading the typed value itself spend nothing either.
    const [unreadable] = await f.press(
      'anna',
      buttonOf(form, 'measurement.submit', { inputs: { value: 'tre', period: '' } }),
    );
    expect(unreadable?.text).toBe('Jeg kunne ikke læse værdien "tre". Skriv fx 42, 3,5 eller 18/22.');
    const [percent] = await f.press(
      'anna',
      buttonOf(form, 'measurement.submit', { inputs: { value: '50%', period: '' } }),
    );
    expect(percent?.text).toBe('VENT angives ikke i procent – skriv selve tallet, fx 42.');
    const [good] = await f.press('anna', buttonOf(form, 'measurement.submit', { inputs: { value: '3', period: '' } }));
    expect(good?.card?.template).toBe('measurement-stored');
  });

  it('refuses a CPR number in the form note without storing it', async () => {
    const [form] = await f.press('anna', { verb: 'measurement.form', data: { measureId: f.measures.vent.id } });
    const [reply] = await f.press(
      'anna',
      buttonOf(form, 'measurement.submit', { inputs: { value: '3', note: '0101901234' } }),
    );
    expect(reply?.text).toMatch(/CPR-nummer/);
    expect(await f.store.measurements.listForTeam(f.hvidovre.id)).toEqual([]);
  });
});

describe('teams and permissions', () => {
  it('asks a person in two teams which team, and remembers the choice', async () => {
    const [ask] = await f.say('mette', 'måling op24 18/22 uge 47');
    expect(textOf(ask)).toContain('Du er med i flere teams');
    const [done] = await f.press('mette', buttonOf(ask, 'team.pick', { title: 'Odense' }));
    expect(done?.card?.template).toBe('measurement-stored');
    expect(await stored('op24', '2026-W47', f.odense)).toMatchObject({ numerator: 18 });
    const [next] = await f.say('mette', 'måling op24 19/22 uge 46');
    expect(next?.card?.template).toBe('measurement-stored');
    expect(await stored('op24', '2026-W46', f.odense)).toMatchObject({ numerator: 19 });
  });

  it('uses the team linked to a channel', async () => {
    const channel = { conversation: { id: 'channel-hvidovre', kind: 'channel' as const, tenantId: 'local' } };
    const [linked] = await f.say('lars', 'forbind Team Hvidovre', channel);
    expect(linked?.text).toBe(
      'Kanalen er nu forbundet med Team Hvidovre. Målinger, grafer og status her gælder Team Hvidovre.',
    );
    const [reply] = await f.say('mette', 'måling op24 18/22 uge 47', channel);
    expect(reply?.card?.template).toBe('measurement-stored');
    expect(await stored('op24', '2026-W47')).toMatchObject({ recordedBy: f.people.mette.id });
  });

  it('refuses a sponsor, explaining why', async () => {
    const [reply] = await f.say('sofie', 'måling op24 18/22 uge 47');
    expect(reply?.text).toBe(
      'Som sponsor kan du følge teamets data og PDSA-cyklusser, men ikke indtaste eller ændre dem.',
    );
  });

  it('refuses a tovholder, explaining why', async () => {
    const [reply] = await f.say('tove', 'måling op24 18/22 uge 47');
    expect(reply?.text).toContain('Data og PDSA-cyklusser indtastes af teamets egne medlemmer');
  });

  it('refuses a member writing for another team by id', async () => {
    const [reply] = await f.press('anna', { verb: 'measurement.form', data: { teamId: f.odense.id } });
    expect(reply?.text).toBe('Det kan du kun for de teams, du selv er med i.');
  });

  it('tells a person in no team how to join instead of an error', async () => {
    const reply = await f.conversation.handle(
      f.turn('anna', {
        identity: { platform: 'local', tenantId: 'local', userId: 'newcomer' },
        displayName: 'Ny Kollega',
        text: 'måling op24 18/22',
      }),
    );
    expect(reply[0]?.card?.template).toBe('join');
    expect(textOf(reply[0])).toContain('join KODE');
  });
});

describe('the measurement form opened from a data reminder', () => {
  it('is pre-filled with the missing period, not the current one', async () => {
    const [form] = await f.press('anna', {
      verb: 'measurement.form',
      data: { teamId: f.hvidovre.id, measureId: f.measures.op24.id, periodKey: '2026-W45' },
    });
    expect(form?.card?.template).toBe('measurement-form');
    expect(JSON.stringify(form?.card?.data)).toContain('"uge 45"');
    expect(JSON.stringify(form?.card?.data)).not.toContain('"uge 48"');
  });

  it('falls back to the current period when the reminder names a period of another kind', async () => {
    const [form] = await f.press('anna', {
      verb: 'measurement.form',
      data: { teamId: f.hvidovre.id, measureId: f.measures.op24.id, periodKey: '2026-11-02' },
    });
    expect(JSON.stringify(form?.card?.data)).toContain('"uge 48"');
  });
});
