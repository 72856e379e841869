import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { T0, uniq } from './seed';

const actor = { personId: null, at: T0 };

describe.each(DIALECTS)('turnStart on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('reads the person with every identity, their memberships and the conversation, as the repos do', async () => {
    const user = uniq('u');
    const person = await store.persons.create(
      {
        displayName: 'Turid Start',
        email: `${user}@example.org`,
        identities: [
          { platform: 'teams', tenantId: 't1', userId: user },
          { platform: 'local', tenantId: 'local', userId: user },
        ],
      },
      actor,
    );
    const collab = await store.collaboratives.create(
      { name: uniq('LKT '), clinicalArea: 'Hofte', startDate: '2025-06-02' },
      actor,
    );
    const team = await store.teams.create(
      { collaborativeId: collab.id, name: uniq('Team '), department: 'Ortopædi', region: 'hovedstaden' },
      actor,
    );
    await store.memberships.grant({ personId: person.id, role: 'member', teamId: team.id }, actor);
    await store.memberships.grant({ personId: person.id, role: 'tovholder', collaborativeId: collab.id }, actor);
    const conversationId = uniq('c');
    const ref = await store.conversationRefs.upsert(
      {
        platform: 'teams',
        tenantId: 't1',
        conversationId,
        kind: 'personal',
        personId: person.id,
        teamId: team.id,
        reference: { serviceUrl: 'https://smba.trafficmanager.net/emea/', n: 1 },
      },
      T0,
    );

    const start = await store.turnStart.load(
      { platform: 'teams', tenantId: 't1', userId: user },
      {
        tenantId: 't1',
        conversationId,
      },
    );
    expect(start.person).toEqual(
      await store.persons.findByIdentity({ platform: 'teams', tenantId: 't1', userId: user }),
    );
    expect(start.person?.identities).toHaveLength(2);
    expect(start.memberships).toEqual(await store.memberships.listForPerson(person.id));
    expect(start.memberships.map((m) => m.role).sort()).toEqual(['member', 'tovholder']);
    expect(start.conversationRef).toEqual(ref);
    expect(start.referenceVersion).toEqual(expect.any(Number));
  });

  it('moves the reference version with every change to a collaborative, team or measure', async () => {
    const version = async () =>
      (
        await store.turnStart.load(
          { platform: 'local', tenantId: 'local', userId: 'x' },
          { tenantId: 'local', conversationId: 'x' },
        )
      ).referenceVersion!;
    const v0 = await version();
    const collab = await store.collaboratives.create(
      { name: uniq('LKT '), clinicalArea: 'Hofte', startDate: '2025-06-02' },
      actor,
    );
    const v1 = await version();
    await store.collaboratives.update(collab.id, { goals: 'Færre fald' }, actor);
    const v2 = await version();
    const team = await store.teams.create(
      { collaborativeId: collab.id, name: uniq('Team '), department: 'Ortopædi', region: 'hovedstaden' },
      actor,
    );
    const v3 = await version();
    await store.teams.update(team.id, { department: 'Akut' }, actor);
    const v4 = await version();
    const measure = await store.measures.create(
      {
        collaborativeId: collab.id,
        code: uniq('M').slice(0, 8),
        name: 'Mål',
        type: 'process',
        direction: 'higher',
        unitKind: 'count',
      },
      actor,
    );
    const v5 = await version();
    await store.measures.update(measure.id, { name: 'Andet mål' }, actor);
    const v6 = await version();
    expect([v1, v2, v3, v4, v5, v6]).toEqual([v0 + 1, v0 + 2, v0 + 3, v0 + 4, v0 + 5, v0 + 6]);
    // A refused change leaves the version as it was.
    await expect(store.teams.update('missing', { department: 'X' }, actor)).rejects.toThrow();
    expect(await version()).toBe(v6);
  });

  it('finds nothing for an unknown identity and an unseen conversation', async () => {
    const start = await store.turnStart.load(
      { platform: 'slack', tenantId: 'T1', userId: uniq('nobody') },
      {
        tenantId: 'T1',
        conversationId: uniq('D'),
      },
    );
    expect(start).toEqual({
      person: null,
      memberships: [],
      conversationRef: null,
      referenceVersion: expect.any(Number),
    });
  });

  it('reads a known person without memberships in a conversation of another platform as unseen', async () => {
    const user = uniq('u');
    const person = await store.persons.create(
      { displayName: 'Uden Team', identities: [{ platform: 'slack', tenantId: 'T1', userId: user }] },
      actor,
    );
    const conversationId = uniq('D');
    await store.conversationRefs.upsert(
      {
        platform: 'teams',
        tenantId: 'T1',
        conversationId,
        kind: 'personal',
        personId: person.id,
        teamId: null,
        reference: {},
      },
      T0,
    );
    const start = await store.turnStart.load(
      { platform: 'slack', tenantId: 'T1', userId: user },
      {
        tenantId: 'T1',
        conversationId,
      },
    );
    expect(start).toEqual({ person, memberships: [], conversationRef: null, referenceVersion: expect.any(Number) });
  });
});
