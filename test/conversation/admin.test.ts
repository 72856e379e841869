import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { cardProblems, choicesOf, inputsOf } from './admin-support';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const teamNames = async () => (await f.store.teams.listByCollaborative(f.hip.id)).map((t) => t.name).sort();

describe('chat admin: create a team', () => {
  it('lets a tovholder create a team from the card form, then offers invite codes', async () => {
    const [form] = await f.say('tove', 'nyt team Team Køge');
    expect(form?.card?.template).toBe('admin-team-form');
    expect(cardProblems(form)).toEqual([]);
    expect(inputsOf(form)).toMatchObject({ name: 'Team Køge' });
    expect(choicesOf(form, 'region')).toEqual([
      'hovedstaden',
      'sjaelland',
      'syddanmark',
      'midtjylland',
      'nordjylland',
      'kommune',
    ]);

    const submit = buttonOf(form, 'admin.createTeam', {
      inputs: { name: 'Team Køge', department: 'Ortopædkirurgi, SUH Køge', region: 'sjaelland', municipality: '' },
    });
    const [created] = await f.press('tove', submit);
    expect(created?.card?.template).toBe('admin-created');
    expect(cardProblems(created)).toEqual([]);
    expect(textOf(created)).toContain('Teamet Team Køge er oprettet');
    expect(textOf(created)).toContain('Region Sjælland');
    const team = (await f.store.teams.findByName(f.hip.id, 'Team Køge'))!;
    expect(team).toMatchObject({ department: 'Ortopædkirurgi, SUH Køge', region: 'sjaelland', municipality: null });

    const [invite] = await f.press('tove', buttonOf(created, 'invite.create', { title: 'Invitér teamleder' }));
    expect(invite?.card?.template).toBe('invite-created');
    expect(textOf(invite)).toContain('teamleder');

    const [again] = await f.press('tove', submit);
    expect(again?.text).toBe('Det er allerede gemt – der skete ikke mere.');
    expect((await teamNames()).filter((n) => n === 'Team Køge')).toHaveLength(1);
  });

  it('limits a regional tovholder to teams in their region', async () => {
    const [form] = await f.say('rikke', 'nyt team');
    expect(choicesOf(form, 'region')).toEqual(['syddanmark']);
    const [refused] = await f.press(
      'rikke',
      buttonOf(form, 'admin.createTeam', {
        inputs: { name: 'Team Herlev', department: 'Ortopædi', region: 'hovedstaden' },
      }),
    );
    expect(refused?.text).toBe('Du er tovholder for en anden region end dette team.');
    expect(await teamNames()).toEqual(['Team Hvidovre', 'Team Odense']);
  });

  it('refuses members, sponsors and experts, and explains why', async () => {
    for (const who of ['anna', 'lars', 'sofie', 'erik'] as const) {
      const [reply] = await f.say(who, 'nyt team');
      expect(reply?.text).toBe('Det kan kun samarbejdets tovholdere og administratorer.');
    }
    const forged = {
      verb: 'admin.createTeam',
      data: { verb: 'admin.createTeam', collaborativeId: f.hip.id, name: 'X', department: 'Y', region: 'hovedstaden' },
    };
    expect((await f.press('lars', forged))[0]?.text).toBe('Det kan kun samarbejdets tovholdere og administratorer.');
    expect(await teamNames()).toEqual(['Team Hvidovre', 'Team Odense']);
  });

  it('shows the form again with the problem when a field is missing or the name is taken', async () => {
    const [form] = await f.say('tove', 'nyt team');
    const [missing] = await f.press(
      'tove',
      buttonOf(form, 'admin.createTeam', { inputs: { name: 'Team Vejle', department: '', region: 'syddanmark' } }),
    );
    expect(missing?.card?.template).toBe('admin-team-form');
    expect(textOf(missing)).toContain('Noget mangler eller er ikke gyldigt: Afdeling.');
    expect(inputsOf(missing)).toMatchObject({ name: 'Team Vejle', region: 'syddanmark' });
    const [taken] = await f.press(
      'tove',
      buttonOf(missing, 'admin.createTeam', {
        inputs: { name: 'team hvidovre', department: 'Ortopædi', region: 'hovedstaden' },
      }),
    );
    expect(textOf(taken)).toContain('Der findes allerede et team med navnet "team hvidovre" i samarbejdet.');
    expect(await teamNames()).toEqual(['Team Hvidovre', 'Team Odense']);
  });

  it('refuses a CPR number in a field without storing or echoing it', async () => {
    const [form] = await f.say('tove', 'nyt team');
    const [reply] = await f.press(
      'tove',
      buttonOf(form, 'admin.createTeam', {
        inputs: { name: 'Team Vejle', department: 'Pt 010180-1234', region: 'syddanmark' },
      }),
    );
    expect(reply?.text).toContain('CPR-nummer');
    expect(JSON.stringify(reply)).not.toContain('010180');
    expect(await teamNames()).toEqual(['Team Hvidovre', 'Team Odense']);
  });
});

describe('chat admin: add a measure', () => {
  it('lets a tovholder add a shared measure with a goal in decimal comma', async () => {
    const [form] = await f.say('tove', 'nyt mål OP48');
    expect(form?.card?.template).toBe('admin-measure-form');
    expect(cardProblems(form)).toEqual([]);
    expect(inputsOf(form)).toMatchObject({ code: 'OP48', unitKind: 'proportion', scope: 'mandatory', period: 'week' });
    const inputs = {
      code: 'OP48',
      name: 'Opereret inden for 48 timer',
      unitKind: 'proportion',
      unit: '%',
      goal: '95,5',
      direction: 'higher',
      period: 'week',
      type: 'process',
      scope: 'mandatory',
      teamId: '',
    };
    const [created] = await f.press('tove', buttonOf(form, 'admin.createMeasure', { inputs }));
    expect(created?.card?.template).toBe('admin-created');
    expect(cardProblems(created)).toEqual([]);
    expect(textOf(created)).toContain('Målet OP48 er oprettet');
    expect(textOf(created)).toContain('95,5 %');
    expect(await f.store.measures.findByCode(f.hip.id, 'op48')).toMatchObject({
      goal: 95.5,
      teamId: null,
      scope: 'mandatory',
      unitKind: 'proportion',
    });
    expect(buttonOf(created, 'overview.show').data.measureId).toBeTruthy();
  });

  it('lets a team lead add a measure for their own team only', async () => {
    const [form] = await f.say('lars', 'nyt mål');
    expect(choicesOf(form, 'scope')).toEqual([]);
    expect(choicesOf(form, 'teamId')).toEqual([f.hvidovre.id]);
    const inputs = {
      code: 'HV1',
      name: 'Hvidovre: tid til smertestillende',
      unitKind: 'value',
      unit: 'min',
      goal: '30',
      direction: 'lower',
      period: 'week',
      type: 'process',
      teamId: f.hvidovre.id,
    };
    const [created] = await f.press('lars', buttonOf(form, 'admin.createMeasure', { inputs }));
    expect(textOf(created)).toContain('Team Hvidovre');
    expect(await f.store.measures.findByCode(f.hip.id, 'HV1')).toMatchObject({ scope: 'team', teamId: f.hvidovre.id });

    const shared = buttonOf(form, 'admin.createMeasure', { inputs: { ...inputs, code: 'HV2', scope: 'mandatory' } });
    expect((await f.press('lars', shared))[0]?.text).toBe('Det kan kun samarbejdets tovholdere og administratorer.');
    const [fresh] = await f.say('lars', 'nyt mål');
    const other = buttonOf(fresh, 'admin.createMeasure', { inputs: { ...inputs, code: 'HV3', teamId: f.odense.id } });
    expect(textOf((await f.press('lars', other))[0])).toContain('Vælg teamet, når målet kun gælder ét team.');
    expect(await f.store.measures.findByCode(f.hip.id, 'HV2')).toBeNull();
    expect(await f.store.measures.findByCode(f.hip.id, 'HV3')).toBeNull();
  });

  it('refuses a code in use and a proportion goal over 100 %, keeping what was typed', async () => {
    const [form] = await f.say('tove', 'nyt mål');
    const inputs = {
      code: 'op24',
      name: 'Igen',
      unitKind: 'proportion',
      goal: '90',
      direction: 'higher',
      period: 'week',
      type: 'process',
      scope: 'mandatory',
    };
    const [taken] = await f.press('tove', buttonOf(form, 'admin.createMeasure', { inputs }));
    expect(textOf(taken)).toContain('Koden op24 bruges allerede i samarbejdet.');
    expect(inputsOf(taken)).toMatchObject({ code: 'op24', name: 'Igen' });
    const [tooHigh] = await f.press(
      'tove',
      buttonOf(taken, 'admin.createMeasure', { inputs: { ...inputs, code: 'NY1', goal: '120' } }),
    );
    expect(textOf(tooHigh)).toContain('Måltal');
    expect(await f.store.measures.findByCode(f.hip.id, 'NY1')).toBeNull();
  });

  it('refuses members, sponsors and experts', async () => {
    for (const who of ['anna', 'sofie', 'erik'] as const) {
      expect((await f.say(who, 'nyt mål'))[0]?.text).toBe(
        'Det kan kun teamets leder, en tovholder eller en administrator.',
      );
    }
  });
});

describe('chat admin: teams and who is in them', () => {
  it("lists the collaborative's teams with leads, members, sponsors and channel for a tovholder", async () => {
    const [reply] = await f.say('tove', 'hold');
    expect(reply?.card?.template).toBe('admin-teams');
    expect(cardProblems(reply)).toEqual([]);
    const text = textOf(reply);
    expect(text).toContain('Teams i LKT Hoftenære frakturer');
    expect(text).toMatch(
      /Team Hvidovre[\s\S]*Ledere\nLars Overlæge\nMedlemmer\nAnna Sygeplejerske, Emma English, Mette Fysioterapeut\nSponsorer\nSofie Sponsor/,
    );
    expect(text).toContain('ingen – skriv "forbind Team Hvidovre" i kanalen');
    expect(buttonOf(reply, 'invite.create').data).toMatchObject({ role: 'member' });
    expect(buttonOf(reply, 'admin.teamForm')).toBeTruthy();
  });

  it('shows a member only their own team, without invite or create buttons', async () => {
    const [reply] = await f.say('aksel', 'hold');
    const text = textOf(reply);
    expect(text).toContain('Team Aarhus');
    expect(text).not.toContain('Team Hvidovre');
    expect(() => buttonOf(reply, 'invite.create')).toThrow();
    expect(() => buttonOf(reply, 'admin.teamForm')).toThrow();
  });

  it('counts a channel linked with forbind', async () => {
    await f.say('lars', 'forbind Team Hvidovre', {
      conversation: { id: 'chan-1', kind: 'channel', tenantId: 'local' },
    });
    const text = textOf((await f.say('lars', 'hold'))[0]);
    expect(text).toContain('forbundet (1)');
  });

  it('speaks English to an English-speaking user', async () => {
    const text = textOf((await f.say('emma', 'team list'))[0]);
    expect(text).toContain('Leads');
    expect(text).toContain('Members');
  });
});
