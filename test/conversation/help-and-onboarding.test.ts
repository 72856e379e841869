import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/conversation/turn';
import {
  actionsOf,
  buttonOf,
  conversationFixture,
  textOf,
  type ConversationFixture,
  type PersonKey,
} from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const verbs = async (who: PersonKey, text = 'hjælp') => actionsOf((await f.say(who, text))[0]).map((a) => a.verb);
const newcomer = (extra: Partial<Turn> = {}) =>
  f.turn('anna', {
    identity: { platform: 'local', tenantId: 'local', userId: 'newcomer' },
    displayName: 'Nina Ny',
    ...extra,
  });

describe('help for each role', () => {
  it('member: logging, charts, status, PDSA — no invites', async () => {
    const [reply] = await f.say('anna', 'hjælp');
    const text = textOf(reply);
    expect(text).toContain('Du er medlem af Team Hvidovre.');
    expect(text).toContain('måling OP24 18/22 uge 47');
    expect(text).toContain('pdsa ny [titel]');
    expect(text).not.toContain('invitér');
    // Seminars: the list and the answer, not planning them.
    expect(text).toContain('seminar\nKommende læringsseminarer og din tilmelding.');
    expect(text).not.toContain('seminar ny');
    expect(await verbs('anna')).toEqual([
      'measurement.form',
      'chart.pick',
      'status.show',
      'pdsa.list',
      'settings.language',
    ]);
  });

  it('lead: also invites and linking channels', async () => {
    const [reply] = await f.say('lars', 'help');
    expect(textOf(reply)).toContain('Du er teamleder for Team Hvidovre.');
    expect(textOf(reply)).toContain('invitér [medlem|leder|sponsor]');
    expect(textOf(reply)).toContain('forbind TEAM');
    expect(await verbs('lars')).toContain('invite.create');
  });

  it('member of two teams: both named', async () => {
    const [reply] = await f.say('mette', 'hjælp');
    expect(textOf(reply)).toContain('Du er medlem af Team Hvidovre og medlem af Team Odense.');
  });

  it('sponsor: reads, never logs', async () => {
    const [reply] = await f.say('sofie', 'hjælp');
    expect(textOf(reply)).toContain('Du er sponsor for Team Hvidovre.');
    expect(textOf(reply)).not.toContain('måling OP24');
    expect(textOf(reply)).not.toContain('pdsa ny');
    expect(await verbs('sofie')).toEqual(['chart.pick', 'status.show', 'pdsa.list', 'settings.language']);
  });

  it('expert: reads across the collaborative', async () => {
    const [reply] = await f.say('erik', 'hjælp');
    expect(textOf(reply)).toContain('Du er ekspert i LKT Hoftenære frakturer.');
    expect(await verbs('erik')).not.toContain('measurement.form');
  });

  it('tovholder: invites, links channels, reads; regional one named with the region', async () => {
    const [reply] = await f.say('tove', 'hjælp');
    expect(textOf(reply)).toContain('Du er tovholder for LKT Hoftenære frakturer.');
    expect(textOf(reply)).toContain('forbind TEAM');
    expect(textOf(reply)).toContain('seminar ny\nPlanlæg et læringsseminar');
    expect(textOf(reply)).toContain('seminar svar\nHvem kommer, og hvem har ikke svaret.');
    expect(await verbs('tove')).toContain('invite.create');
    expect(await verbs('tove')).not.toContain('measurement.form');
    const [regional] = await f.say('rikke', 'hjælp');
    expect(textOf(regional)).toContain('Du er tovholder for LKT Hoftenære frakturer (Region Syddanmark).');
  });

  it('admin', async () => {
    const [reply] = await f.say('adam', 'hjælp');
    expect(textOf(reply)).toContain('Du er administrator.');
    expect(await verbs('adam')).toContain('invite.create');
  });

  it('a person in no team gets how to join, with a code field and button', async () => {
    const [reply] = await f.conversation.handle(newcomer({ text: 'hjælp' }));
    expect(reply?.card?.template).toBe('join');
    expect(textOf(reply)).toContain('Du er ikke med i et team endnu');
    expect(buttonOf(reply, 'onboarding.join').verb).toBe('onboarding.join');
  });

  it('answers unrecognised text briefly with a Hjælp button that opens the help card, never a dead end', async () => {
    const replies = await f.say('anna', 'hvad er klokken');
    expect(replies).toHaveLength(1);
    const [reply] = replies;
    expect(reply?.card?.template).toBe('choice');
    expect(textOf(reply)).toContain('Det forstod jeg ikke helt');
    expect(textOf(reply)).not.toContain('Det kan jeg hjælpe med');
    expect(actionsOf(reply).map((a) => a.title)).toEqual(['Hjælp']);
    expect((await f.press('anna', buttonOf(reply, 'help.show')))[0]?.card?.template).toBe('help');
    const [empty] = await f.say('anna', '');
    expect(empty?.card?.template).toBe('help');
    const [unknownVerb] = await f.press('anna', { verb: 'nothing.here', data: {} });
    expect(unknownVerb?.card?.template).toBe('help');
  });

  it('asks about a misspelt command, and runs the corrected text from the button', async () => {
    const [reply] = await f.say('anna', 'stauts');
    expect(textOf(reply)).toContain('Mente du "status"?');
    expect(actionsOf(reply).map((a) => a.title)).toEqual(['status', 'Hjælp']);
    const [status] = await f.press('anna', buttonOf(reply, 'help.run'));
    expect(status?.card?.template).toBe('team-status');
    const [chart] = await f.say('anna', 'grf op24');
    expect(buttonOf(chart, 'help.run').data.text).toBe('graf op24');
    expect((await f.press('anna', buttonOf(chart, 'help.run')))[0]?.card?.template).toBe('run-chart');
    // Only commands the person may use are guessed ("broadcast" is for tovholdere), and nothing far off.
    for (const text of ['bradcast alle', 'xyzzy', 'ok'])
      expect(textOf((await f.say('anna', text))[0])).toContain('Det forstod jeg ikke helt');
    expect(textOf((await f.say('tove', 'bradcast alle'))[0])).toContain('Mente du "broadcast alle"?');
  });

  it('answers in English', async () => {
    const [reply] = await f.say('emma', 'help');
    expect(textOf(reply)).toContain('You are a member of Team Hvidovre.');
    expect(textOf(reply)).toContain('measurement OP24 18/22 week 47');
  });
});

describe('language', () => {
  it('switches to English and back, answering with help in the new language', async () => {
    const [set, help] = await f.say('anna', 'language en');
    expect(set?.text).toBe('I will now write in English.');
    expect(textOf(help)).toContain('What I can help with');
    expect((await f.store.persons.get(f.people.anna.id))?.locale).toBe('en');
    const [stored] = await f.say('anna', 'measurement vent 30');
    expect(textOf(stored)).toContain('Saved: VENT');
    const [back] = await f.press('anna', buttonOf(help, 'settings.language'));
    expect(back?.text).toBe('Jeg skriver nu på dansk.');
  });

  it('explains the choices for an unknown language', async () => {
    const [reply] = await f.say('anna', 'sprog klingon');
    expect(reply?.text).toContain('"sprog da"');
  });
});

describe('onboarding', () => {
  it('a lead creates an invite code; a newcomer joins with it and is told what they can do', async () => {
    const [invite] = await f.say('lars', 'invitér');
    expect(invite?.card?.template).toBe('invite-created');
    const code = String(invite?.card?.data.code);
    expect(code).toMatch(/^[A-Z0-9-]{4,}$/);
    expect(textOf(invite)).toContain(`join ${code}`);
    expect(textOf(invite)).toContain('Rolle\nmedlem');
    expect(textOf(invite)).toContain('Gyldig til\n09.12.2026');

    const [joined] = await f.conversation.handle(newcomer({ text: `join ${code.toLowerCase()}` }));
    expect(textOf(joined)).toContain('Velkommen i Team Hvidovre! Du er nu medlem.');
    expect(textOf(joined)).toContain('måling OP24 18/22 uge 47');
    const person = await f.store.persons.findByIdentity({ platform: 'local', tenantId: 'local', userId: 'newcomer' });
    expect(person?.displayName).toBe('Nina Ny');
    expect(await f.store.memberships.listForPerson(person!.id)).toMatchObject([
      { role: 'member', teamId: f.hvidovre.id },
    ]);

    const [again] = await f.conversation.handle(newcomer({ text: `join ${code}` }));
    expect(textOf(again)).toContain('Du er allerede med i Team Hvidovre.');
    expect(await f.store.memberships.listForPerson(person!.id)).toHaveLength(1);
  });

  it('joins from the card’s code field', async () => {
    const [invite] = await f.say('lars', 'invitér sponsor');
    const [card] = await f.conversation.handle(newcomer({ text: 'join' }));
    const [joined] = await f.conversation.handle(
      newcomer({
        action: buttonOf(card, 'onboarding.join', { inputs: { code: ` ${String(invite?.card?.data.code)} ` } }),
      }),
    );
    expect(textOf(joined)).toContain('Du er nu sponsor.');
  });

  it('refuses an unknown or expired code', async () => {
    const [unknown] = await f.conversation.handle(newcomer({ text: 'join NOPE42' }));
    expect(unknown?.text).toBe('Invitationskoden er ugyldig eller udløbet.');
    const [invite] = await f.say('lars', 'invitér');
    f.clock.advance(15 * 24 * 3600 * 1000);
    const [expired] = await f.conversation.handle(newcomer({ text: `join ${String(invite?.card?.data.code)}` }));
    expect(expired?.text).toBe('Invitationskoden er ugyldig eller udløbet.');
  });

  it('lets only leads, tovholdere and admins invite, and only tovholdere and admins appoint a lead', async () => {
    expect((await f.say('anna', 'invitér'))[0]?.text).toBe(
      'Det kan kun teamets leder, en tovholder eller en administrator.',
    );
    expect((await f.say('sofie', 'invitér'))[0]?.text).toBe(
      'Det kan kun teamets leder, en tovholder eller en administrator.',
    );
    expect((await f.say('lars', 'invitér leder'))[0]?.text).toBe(
      'Det kan kun samarbejdets tovholdere og administratorer.',
    );
    const [ask] = await f.say('tove', 'invitér leder');
    const [invite] = await f.press('tove', buttonOf(ask, 'team.pick', { title: 'Odense' }));
    expect(textOf(invite)).toContain('Rolle\nteamleder');
    expect(textOf(invite)).toContain('Invitation til Team Odense');
    expect((await f.say('lars', 'invitér overlæge'))[0]?.text).toContain('Rollen "overlæge" kender jeg ikke.');
  });

  it('links a person set up by email on first contact', async () => {
    const setUp = await f.store.persons.create(
      { displayName: 'Pia Planlagt', email: 'pia@hospital.dk' },
      { personId: null, at: f.clock.now() },
    );
    await f.store.memberships.grant(
      { personId: setUp.id, role: 'member', teamId: f.odense.id },
      { personId: null, at: f.clock.now() },
    );
    const [reply] = await f.conversation.handle(
      f.turn('anna', {
        identity: { platform: 'teams', tenantId: 'tenant-1', userId: 'aad-pia' },
        email: 'Pia@Hospital.dk',
        text: 'hjælp',
      }),
    );
    expect(textOf(reply)).toContain('Du er medlem af Team Odense.');
    expect((await f.store.persons.get(setUp.id))?.identities).toContainEqual({
      platform: 'teams',
      tenantId: 'tenant-1',
      userId: 'aad-pia',
    });
  });
});

describe('channels and teams', () => {
  const channel = { conversation: { id: 'channel-1', kind: 'channel' as const, tenantId: 'local' } };

  it('links a channel by picking a team, and unlinks it', async () => {
    const [ask] = await f.say('tove', 'forbind', channel);
    expect(textOf(ask)).toContain('Hvilket team skal kanalen forbindes med?');
    expect(actionsOf(ask).map((a) => a.title)).toEqual(['Hvidovre', 'Odense']);
    const [linked] = await f.press('tove', buttonOf(ask, 'team.link', { title: 'Odense' }), channel);
    expect(linked?.text).toBe(
      'Kanalen er nu forbundet med Team Odense. Målinger, grafer og status her gælder Team Odense.',
    );
    const ref = await f.store.conversationRefs.find('local', 'local', 'channel-1');
    expect(ref?.teamId).toBe(f.odense.id);
    const [status] = await f.say('tove', 'status', channel);
    expect(textOf(status)).toContain('Status – Team Odense');
    expect((await f.say('tove', 'frakobl', channel))[0]?.text).toBe(
      'Kanalen er ikke længere forbundet med Team Odense.',
    );
    expect((await f.store.conversationRefs.find('local', 'local', 'channel-1'))?.teamId).toBeNull();
  });

  it('links by invite code', async () => {
    const [invite] = await f.say('lars', 'invitér');
    const [linked] = await f.say('lars', `forbind ${String(invite?.card?.data.code)}`, channel);
    expect(linked?.text).toContain('forbundet med Team Hvidovre');
  });

  it('refuses linking in a personal chat, by a member, or to another region', async () => {
    expect((await f.say('lars', 'forbind Team Hvidovre'))[0]?.text).toContain('bruges i en kanal eller gruppechat');
    expect((await f.say('anna', 'forbind Team Hvidovre', channel))[0]?.text).toBe(
      'Det kan kun teamets leder, en tovholder eller en administrator.',
    );
    expect((await f.press('rikke', { verb: 'team.link', data: { teamId: f.hvidovre.id } }, channel))[0]?.text).toBe(
      'Du er tovholder for en anden region end dette team.',
    );
    expect((await f.say('lars', 'forbind Team Atlantis', channel))[0]?.text).toBe('Jeg kender ikke det team.');
  });

  it('in a linked channel, a member of another team is refused with the reason', async () => {
    await f.say('lars', 'forbind Team Hvidovre', channel);
    const [reply] = await f.say('ole', 'måling op24 18/22 uge 47', channel);
    expect(reply?.text).toBe('Det kan du kun for de teams, du selv er med i.');
  });

  it('switches the team of a conversation with "team"', async () => {
    const [ask] = await f.say('mette', 'team');
    const [switched] = await f.press('mette', buttonOf(ask, 'team.pick', { title: 'Odense' }));
    expect(switched?.text).toBe('Samtalen gælder nu Team Odense.');
    const [status] = await f.say('mette', 'status');
    expect(textOf(status)).toContain('Status – Team Odense');
  });

  it('remembers the conversation for proactive messages', async () => {
    await f.say('anna', 'hjælp', {
      conversation: { id: 'dm-anna', kind: 'personal', tenantId: 'local', reference: { serviceUrl: 'x' } },
    });
    const refs = await f.store.conversationRefs.forPerson(f.people.anna.id);
    expect(refs).toMatchObject([{ conversationId: 'dm-anna', kind: 'personal', reference: { serviceUrl: 'x' } }]);
  });
});
