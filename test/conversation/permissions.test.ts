import { describe, expect, it } from 'vitest';
import type { Membership, Team } from '../../src/domain';
import {
  checkCollaborativePermission,
  checkTeamPermission,
  requireAllowed,
  rolesOverTeam,
  type TeamPermission,
} from '../../src/conversation/permissions';

const team = (id: string, collaborativeId: string, region: Team['region']) =>
  ({ id, collaborativeId, region, name: id, department: 'd', municipality: null, createdAt: new Date() }) as Team;
const hvidovre = team('hvidovre', 'hip', 'hovedstaden');
const odense = team('odense', 'hip', 'syddanmark');
const aarhus = team('aarhus', 'stroke', 'midtjylland');

let n = 0;
const m = (role: Membership['role'], scope: Partial<Membership> = {}): Membership => ({
  id: `m${n++}`,
  personId: 'p',
  role,
  teamId: null,
  collaborativeId: null,
  region: null,
  createdAt: new Date(),
  ...scope,
});

const member = [m('member', { teamId: 'hvidovre' })];
const lead = [m('lead', { teamId: 'hvidovre' })];
const sponsor = [m('sponsor', { teamId: 'hvidovre' })];
const expert = [m('expert', { collaborativeId: 'hip' })];
const tovholder = [m('tovholder', { collaborativeId: 'hip' })];
const regional = [m('tovholder', { collaborativeId: 'hip', region: 'syddanmark' })];
const admin = [m('admin')];
const nobody: Membership[] = [];

const check = (ms: Membership[], p: TeamPermission, t: Team) => checkTeamPermission(ms, p, t);
const refused = (reason: string) => ({ allowed: false, reason });
const ALLOWED = { allowed: true };

describe('writing data and PDSA (measurement.write, pdsa.write)', () => {
  for (const permission of ['measurement.write', 'pdsa.write'] as const) {
    it(`${permission}: members and leads of the team only`, () => {
      expect(check(member, permission, hvidovre)).toEqual(ALLOWED);
      expect(check(lead, permission, hvidovre)).toEqual(ALLOWED);
    });
    it(`${permission}: refuses a member of another team`, () => {
      expect(check(member, permission, odense)).toEqual(refused('otherTeam'));
    });
    it(`${permission}: refuses sponsors and experts as read-only`, () => {
      expect(check(sponsor, permission, hvidovre)).toEqual(refused('sponsorReadOnly'));
      expect(check(expert, permission, hvidovre)).toEqual(refused('expertReadOnly'));
    });
    it(`${permission}: refuses tovholdere and admins, who manage but do not enter data`, () => {
      expect(check(tovholder, permission, hvidovre)).toEqual(refused('coordinatorNoData'));
      expect(check(regional, permission, odense)).toEqual(refused('coordinatorNoData'));
      expect(check(admin, permission, hvidovre)).toEqual(refused('coordinatorNoData'));
    });
    it(`${permission}: refuses a person in no team`, () => {
      expect(check(nobody, permission, hvidovre)).toEqual(refused('notInTeam'));
    });
  }
});

describe('reading a team (team.read)', () => {
  it('allows the team’s members, leads and sponsors', () => {
    for (const ms of [member, lead, sponsor]) expect(check(ms, 'team.read', hvidovre)).toEqual(ALLOWED);
  });
  it('refuses them for other teams', () => {
    expect(check(sponsor, 'team.read', odense)).toEqual(refused('otherTeam'));
  });
  it('allows experts across their collaborative, not another one', () => {
    expect(check(expert, 'team.read', odense)).toEqual(ALLOWED);
    expect(check(expert, 'team.read', aarhus)).toEqual(refused('otherCollaborative'));
  });
  it('allows a tovholder across the collaborative, a regional one only in the region', () => {
    expect(check(tovholder, 'team.read', hvidovre)).toEqual(ALLOWED);
    expect(check(regional, 'team.read', odense)).toEqual(ALLOWED);
    expect(check(regional, 'team.read', hvidovre)).toEqual(refused('otherRegion'));
    expect(check(tovholder, 'team.read', aarhus)).toEqual(refused('otherCollaborative'));
  });
  it('allows admins everywhere and refuses people in no team', () => {
    expect(check(admin, 'team.read', aarhus)).toEqual(ALLOWED);
    expect(check(nobody, 'team.read', aarhus)).toEqual(refused('notInTeam'));
  });
});

describe('inviting and linking channels (team.invite, team.link)', () => {
  for (const permission of ['team.invite', 'team.link'] as const) {
    it(`${permission}: the team lead, tovholdere over the team, admins`, () => {
      expect(check(lead, permission, hvidovre)).toEqual(ALLOWED);
      expect(check(tovholder, permission, hvidovre)).toEqual(ALLOWED);
      expect(check(regional, permission, odense)).toEqual(ALLOWED);
      expect(check(admin, permission, aarhus)).toEqual(ALLOWED);
    });
    it(`${permission}: refuses members, sponsors and experts of the team`, () => {
      for (const ms of [member, sponsor, expert])
        expect(check(ms, permission, hvidovre)).toEqual(refused('leadOrCoordinatorOnly'));
    });
    it(`${permission}: refuses a lead of another team and a tovholder of another region`, () => {
      expect(check(lead, permission, odense)).toEqual(refused('otherTeam'));
      expect(check(regional, permission, hvidovre)).toEqual(refused('otherRegion'));
    });
  }
});

describe('managing a collaborative (collaborative.manage)', () => {
  it('allows its tovholdere (a regional one for the region) and admins', () => {
    expect(checkCollaborativePermission(tovholder, 'collaborative.manage', 'hip')).toEqual(ALLOWED);
    expect(checkCollaborativePermission(tovholder, 'collaborative.manage', 'hip', 'nordjylland')).toEqual(ALLOWED);
    expect(checkCollaborativePermission(regional, 'collaborative.manage', 'hip', 'syddanmark')).toEqual(ALLOWED);
    expect(checkCollaborativePermission(admin, 'collaborative.manage', 'stroke')).toEqual(ALLOWED);
  });
  it('refuses a regional tovholder the whole collaborative or another region', () => {
    expect(checkCollaborativePermission(regional, 'collaborative.manage', 'hip')).toEqual(refused('otherRegion'));
    expect(checkCollaborativePermission(regional, 'collaborative.manage', 'hip', 'hovedstaden')).toEqual(
      refused('otherRegion'),
    );
  });
  it('refuses everyone else', () => {
    for (const ms of [member, lead, sponsor, expert, nobody]) {
      expect(checkCollaborativePermission(ms, 'collaborative.manage', 'hip')).toEqual(refused('coordinatorOnly'));
    }
    expect(checkCollaborativePermission(tovholder, 'collaborative.manage', 'stroke')).toEqual(
      refused('coordinatorOnly'),
    );
  });
});

describe('helpers', () => {
  it('lists the roles a person holds over a team', () => {
    expect(rolesOverTeam([...member, ...expert, ...regional], odense).sort()).toEqual(['expert', 'tovholder']);
    expect(rolesOverTeam([...member, ...admin], hvidovre).sort()).toEqual(['admin', 'member']);
  });
  it('requireAllowed throws PERMISSION_DENIED with the reason', () => {
    expect(() => requireAllowed(refused('otherTeam') as never)).toThrow(
      expect.objectContaining({ code: 'PERMISSION_DENIED', params: { reason: 'otherTeam' } }),
    );
    expect(() => requireAllowed({ allowed: true })).not.toThrow();
  });
});
