import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, T0, uniq } from './seed';
import { expectRejectedUnchanged } from './store-snapshot';

describe.each(DIALECTS)('organisation repositories on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  describe('collaboratives', () => {
    it('creates a collaborative that runs two years by default and reads it back', async () => {
      const name = uniq('Æblegruppen ');
      const c = await store.collaboratives.create(
        { name, clinicalArea: 'Geriatri', startDate: '2026-01-01', goals: 'Færre fald' },
        actor(),
      );
      expect(c).toMatchObject({
        name,
        clinicalArea: 'Geriatri',
        startDate: '2026-01-01',
        endDate: '2027-12-31',
        goals: 'Færre fald',
      });
      expect(c.createdAt).toEqual(T0);
      expect(await store.collaboratives.get(c.id)).toEqual(c);
      expect(await store.collaboratives.findByName(name.toLocaleLowerCase('da'))).toEqual(c);
      expect((await store.collaboratives.list()).map((x) => x.id)).toContain(c.id);
      expect(await store.collaboratives.get('nope')).toBeNull();
      expect(await store.collaboratives.findByName('findes ikke')).toBeNull();
    });

    it('keeps an explicit end date and turns empty goals into null', async () => {
      const c = await store.collaboratives.create(
        { name: uniq('Kort '), clinicalArea: 'KOL', startDate: '2026-02-01', endDate: '2026-12-31', goals: '  ' },
        actor(),
      );
      expect(c.endDate).toBe('2026-12-31');
      expect(c.goals).toBeNull();
    });

    it('updates a collaborative and audits old and new value', async () => {
      const c = await store.collaboratives.create(
        { name: uniq('Opdater '), clinicalArea: 'KOL', startDate: '2026-01-01' },
        actor(),
      );
      const later = new Date(T0.getTime() + 60_000);
      const u = await store.collaboratives.update(
        c.id,
        { goals: 'Halvering af genindlæggelser' },
        actor('admin-1', later),
      );
      expect(u).toMatchObject({ id: c.id, goals: 'Halvering af genindlæggelser', endDate: c.endDate });
      expect(await store.collaboratives.get(c.id)).toEqual(u);
      const [entry] = await store.audit.list({ entity: 'collaborative', entityId: c.id, limit: 1 });
      expect(entry).toMatchObject({ action: 'update', actorId: 'admin-1', at: later });
      expect(entry!.oldValue).toMatchObject({ goals: null });
      expect(entry!.newValue).toMatchObject({ goals: 'Halvering af genindlæggelser' });
    });

    it('rejects an empty name and an end before the start, leaving the store unchanged', async () => {
      await expectRejectedUnchanged(
        store,
        () => store.collaboratives.create({ name: '  ', clinicalArea: 'KOL', startDate: '2026-01-01' }, actor()),
        'VALIDATION_FAILED',
        { field: 'name' },
      );
      await expectRejectedUnchanged(
        store,
        () =>
          store.collaboratives.create(
            { name: uniq('X'), clinicalArea: 'KOL', startDate: '2026-05-01', endDate: '2026-04-01' },
            actor(),
          ),
        'VALIDATION_FAILED',
        { field: 'endDate' },
      );
      await expectRejectedUnchanged(
        store,
        () => store.collaboratives.create({ name: uniq('X'), clinicalArea: 'KOL', startDate: '2026-02-30' }, actor()),
        'VALIDATION_FAILED',
        { field: 'startDate' },
      );
    });

    it('rejects an update of an unknown collaborative and a duplicate id', async () => {
      await expectRejectedUnchanged(
        store,
        () => store.collaboratives.update('missing', { goals: 'x' }, actor()),
        'UNKNOWN_COLLABORATIVE',
      );
      const c = await store.collaboratives.create(
        { id: uniq('c-'), name: uniq('Id '), clinicalArea: 'KOL', startDate: '2026-01-01' },
        actor(),
      );
      await expectRejectedUnchanged(
        store,
        () =>
          store.collaboratives.create(
            { id: c.id, name: uniq('Igen '), clinicalArea: 'KOL', startDate: '2026-01-01' },
            actor(),
          ),
        'DUPLICATE',
      );
    });
  });

  describe('teams', () => {
    it('creates, finds (case-insensitive, Danish letters) and lists teams', async () => {
      const s = await seed(store);
      const t = await store.teams.create(
        {
          collaborativeId: s.collaborative.id,
          name: 'Ældreafsnit Øst',
          department: 'Geriatri',
          region: 'kommune',
          municipality: 'Aarhus',
        },
        actor(),
      );
      expect(t).toMatchObject({
        name: 'Ældreafsnit Øst',
        region: 'kommune',
        municipality: 'Aarhus',
        collaborativeId: s.collaborative.id,
      });
      expect(await store.teams.get(t.id)).toEqual(t);
      expect(await store.teams.findByName(s.collaborative.id, 'ældreafsnit øst')).toEqual(t);
      expect(await store.teams.findByName(s.otherTeam.collaborativeId, 'findes ikke')).toBeNull();
      expect((await store.teams.listByCollaborative(s.collaborative.id)).map((x) => x.id).sort()).toEqual(
        [s.team.id, s.otherTeam.id, t.id].sort(),
      );
      expect((await store.teams.list()).map((x) => x.id)).toEqual(expect.arrayContaining([s.team.id, t.id]));
    });

    it('updates a team and audits it', async () => {
      const s = await seed(store);
      const u = await store.teams.update(s.team.id, { department: 'Akutmodtagelsen' }, actor());
      expect(u.department).toBe('Akutmodtagelsen');
      expect(await store.teams.get(s.team.id)).toEqual(u);
      const [entry] = await store.audit.list({ entity: 'team', entityId: s.team.id, limit: 1 });
      expect(entry).toMatchObject({
        action: 'update',
        oldValue: { department: s.team.department },
        newValue: { department: 'Akutmodtagelsen' },
      });
    });

    it('rejects a team of an unknown collaborative, an unknown region and an unknown team id', async () => {
      const s = await seed(store);
      await expectRejectedUnchanged(
        store,
        () =>
          store.teams.create(
            { collaborativeId: 'missing', name: 'X', department: 'Y', region: 'hovedstaden' },
            actor(),
          ),
        'UNKNOWN_COLLABORATIVE',
      );
      const fyn = { collaborativeId: s.collaborative.id, name: 'X', department: 'Y', region: 'fyn' };
      await expectRejectedUnchanged(
        store,
        // @ts-expect-error an invalid region on purpose
        () => store.teams.create(fyn, actor()),
        'VALIDATION_FAILED',
        { field: 'region' },
      );
      await expectRejectedUnchanged(store, () => store.teams.update('missing', { name: 'X' }, actor()), 'UNKNOWN_TEAM');
    });
  });

  describe('persons', () => {
    it('creates a person with Teams and Slack identities and finds them by each', async () => {
      const teamsId = { platform: 'teams' as const, tenantId: uniq('tenant-'), userId: uniq('aad-') };
      const slackId = { platform: 'slack' as const, tenantId: uniq('T'), userId: uniq('U') };
      const email = `${uniq('Anne.')}@Region.DK`;
      const p = await store.persons.create(
        { displayName: 'Anne Sørensen', email, identities: [teamsId, slackId] },
        actor(),
      );
      expect(p).toMatchObject({
        displayName: 'Anne Sørensen',
        email: email.toLowerCase(),
        locale: 'da',
        timeZone: 'Europe/Copenhagen',
        deletedAt: null,
      });
      expect(p.identities).toHaveLength(2);
      expect(p.identities).toEqual(expect.arrayContaining([teamsId, slackId]));
      expect(await store.persons.get(p.id)).toEqual(p);
      expect(await store.persons.findByIdentity(teamsId)).toEqual(p);
      expect(await store.persons.findByIdentity(slackId)).toEqual(p);
      expect(await store.persons.findByIdentity({ ...slackId, tenantId: 'other' })).toBeNull();
      expect(await store.persons.findByEmail(email.toUpperCase())).toEqual(p);
      expect(await store.persons.findByEmail('ingen@example.dk')).toBeNull();
      expect((await store.persons.list()).map((x) => x.id)).toContain(p.id);
    });

    it('refuses an identity that belongs to someone else, leaving the store unchanged', async () => {
      const ident = { platform: 'slack' as const, tenantId: 'T1', userId: uniq('U') };
      const first = await store.persons.create({ displayName: 'Første', identities: [ident] }, actor());
      await expectRejectedUnchanged(
        store,
        () => store.persons.create({ displayName: 'Anden', identities: [ident] }, actor()),
        'CONFLICT',
      );
      const second = await store.persons.create({ displayName: 'Anden' }, actor());
      await expectRejectedUnchanged(store, () => store.persons.linkIdentity(second.id, ident, actor()), 'CONFLICT');
      expect((await store.persons.findByIdentity(ident))?.id).toBe(first.id);
    });

    it('links an identity once and audits the change', async () => {
      const p = await store.persons.create({ displayName: 'Bo', locale: 'en', timeZone: 'Europe/London' }, actor());
      const ident = { platform: 'teams' as const, tenantId: 'tn', userId: uniq('aad') };
      const linked = await store.persons.linkIdentity(p.id, ident, actor(p.id));
      expect(linked.identities).toEqual([ident]);
      expect(await store.persons.linkIdentity(p.id, ident, actor(p.id))).toEqual(linked);
      const entries = await store.audit.list({ entity: 'person', entityId: p.id });
      expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
      await expectRejectedUnchanged(
        store,
        () => store.persons.linkIdentity('missing', ident, actor()),
        'UNKNOWN_PERSON',
      );
    });

    it('updates name, locale and email; rejects a bad email unchanged', async () => {
      const p = await store.persons.create({ displayName: 'Carl' }, actor());
      const u = await store.persons.update(
        p.id,
        { displayName: 'Carl Nielsen', locale: 'en', email: 'carl@example.dk' },
        actor(),
      );
      expect(u).toMatchObject({ displayName: 'Carl Nielsen', locale: 'en', email: 'carl@example.dk' });
      expect(await store.persons.get(p.id)).toEqual(u);
      await expectRejectedUnchanged(
        store,
        () => store.persons.update(p.id, { email: 'ikke en mail' }, actor()),
        'VALIDATION_FAILED',
        {
          field: 'email',
        },
      );
      await expectRejectedUnchanged(
        store,
        () => store.persons.update('missing', { displayName: 'X' }, actor()),
        'UNKNOWN_PERSON',
      );
    });

    it('anonymises a person: name, email and identities gone, personal data erased from the audit trail', async () => {
      const ident = { platform: 'slack' as const, tenantId: 'T9', userId: uniq('U') };
      const p = await store.persons.create(
        { displayName: 'Dorthe Hansen', email: 'dorthe@example.dk', identities: [ident] },
        actor(),
      );
      await store.persons.update(p.id, { displayName: 'Dorthe H.' }, actor());
      const at = new Date(T0.getTime() + 3_600_000);
      await store.persons.anonymise(p.id, actor('admin', at));
      const a = await store.persons.get(p.id);
      expect(a).toMatchObject({ displayName: 'slettet bruger', email: null, identities: [], deletedAt: at });
      expect(await store.persons.findByIdentity(ident)).toBeNull();
      expect(await store.persons.findByEmail('dorthe@example.dk')).toBeNull();
      const entries = await store.audit.list({ entity: 'person', entityId: p.id });
      expect(entries.map((e) => e.action)).toEqual(['anonymise', 'update', 'create']);
      expect(JSON.stringify(entries)).not.toContain('Dorthe');
      expect(JSON.stringify(entries)).not.toContain(ident.userId);
      await expectRejectedUnchanged(store, () => store.persons.anonymise('missing', actor()), 'UNKNOWN_PERSON');
    });
  });

  describe('memberships', () => {
    it('grants roles idempotently and lists them by person, team, collaborative and role', async () => {
      const s = await seed(store);
      const member = await store.memberships.grant(
        { personId: s.person.id, role: 'member', teamId: s.team.id },
        actor(),
      );
      expect(
        await store.memberships.grant({ personId: s.person.id, role: 'member', teamId: s.team.id }, actor()),
      ).toEqual(member);
      const tov = await store.memberships.grant(
        { personId: s.person.id, role: 'tovholder', collaborativeId: s.collaborative.id, region: 'hovedstaden' },
        actor(),
      );
      const admin = await store.memberships.grant({ personId: s.person.id, role: 'admin' }, actor());
      expect(member).toMatchObject({ role: 'member', teamId: s.team.id, collaborativeId: null, region: null });
      expect(tov).toMatchObject({
        role: 'tovholder',
        teamId: null,
        collaborativeId: s.collaborative.id,
        region: 'hovedstaden',
      });
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect((await store.memberships.listForPerson(s.person.id)).sort(byId)).toEqual([member, tov, admin].sort(byId));
      expect(await store.memberships.listForTeam(s.team.id)).toEqual([member]);
      expect(await store.memberships.listForCollaborative(s.collaborative.id)).toEqual([tov]);
      expect(await store.memberships.listByRole('admin')).toContainEqual(admin);
    });

    it('stores one membership when the same grant arrives many times at once', async () => {
      const s = await seed(store);
      const grants = await Promise.all(
        Array.from({ length: 8 }, () =>
          store.memberships.grant({ personId: s.person.id, role: 'member', teamId: s.team.id }, actor()),
        ),
      );
      expect(new Set(grants.map((g) => g.id)).size).toBe(1);
      expect(await store.memberships.listForTeam(s.team.id)).toHaveLength(1);
      expect(await store.audit.list({ entity: 'membership', entityId: grants[0]!.id })).toHaveLength(1);
    });

    it('revokes a membership and audits old value', async () => {
      const s = await seed(store);
      const m = await store.memberships.grant({ personId: s.person.id, role: 'lead', teamId: s.team.id }, actor());
      await store.memberships.revoke(m.id, actor('admin'));
      expect(await store.memberships.listForTeam(s.team.id)).toEqual([]);
      const [entry] = await store.audit.list({ entity: 'membership', entityId: m.id, limit: 1 });
      expect(entry).toMatchObject({ action: 'delete', actorId: 'admin', oldValue: { role: 'lead' }, newValue: null });
      await expectRejectedUnchanged(store, () => store.memberships.revoke(m.id, actor()), 'NOT_FOUND');
    });

    it('rejects a team role without a team, a collaborative role without one, and unknown references', async () => {
      const s = await seed(store);
      await expectRejectedUnchanged(
        store,
        () => store.memberships.grant({ personId: s.person.id, role: 'member' }, actor()),
        'VALIDATION_FAILED',
        {
          field: 'teamId',
        },
      );
      await expectRejectedUnchanged(
        store,
        () => store.memberships.grant({ personId: s.person.id, role: 'expert' }, actor()),
        'VALIDATION_FAILED',
        {
          field: 'collaborativeId',
        },
      );
      await expectRejectedUnchanged(
        store,
        () => store.memberships.grant({ personId: 'missing', role: 'admin' }, actor()),
        'UNKNOWN_PERSON',
      );
      await expectRejectedUnchanged(
        store,
        () => store.memberships.grant({ personId: s.person.id, role: 'sponsor', teamId: 'missing' }, actor()),
        'UNKNOWN_TEAM',
      );
      await expectRejectedUnchanged(
        store,
        () => store.memberships.grant({ personId: s.person.id, role: 'expert', collaborativeId: 'missing' }, actor()),
        'UNKNOWN_COLLABORATIVE',
      );
    });
  });

  describe('invites', () => {
    it('creates an unambiguous upper-case code that is found case-insensitively', async () => {
      const s = await seed(store);
      const expiresAt = new Date(T0.getTime() + 7 * 86_400_000);
      const inv = await store.invites.create({ teamId: s.team.id, role: 'member', expiresAt }, actor(s.person.id));
      expect(inv.code).toMatch(/^[A-HJKMNP-Z]{12}$/);
      expect(inv).toMatchObject({
        teamId: s.team.id,
        role: 'member',
        createdBy: s.person.id,
        createdAt: T0,
        expiresAt,
      });
      expect(await store.invites.get(inv.code.toLowerCase())).toEqual(inv);
      expect(await store.invites.get('ZZZZZZ9')).toBeNull();
      const [entry] = await store.audit.list({ entity: 'invite', entityId: inv.code });
      expect(entry).toMatchObject({ action: 'create', actorId: s.person.id });
    });

    it('rejects an invite to an unknown team or with an unknown role', async () => {
      const s = await seed(store);
      await expectRejectedUnchanged(
        store,
        () => store.invites.create({ teamId: 'missing', role: 'member', expiresAt: T0 }, actor()),
        'UNKNOWN_TEAM',
      );
      await expectRejectedUnchanged(
        store,
        // @ts-expect-error an invalid role on purpose
        () => store.invites.create({ teamId: s.team.id, role: 'boss', expiresAt: T0 }, actor()),
        'VALIDATION_FAILED',
        { field: 'role' },
      );
    });
  });
});
