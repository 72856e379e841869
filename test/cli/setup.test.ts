import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import { cli, workDir } from './cli-harness';

const example = readFileSync(join(__dirname, '../../examples/lkt-hoftenaere-frakturer.yaml'), 'utf8');

describe('forbedringsbot setup', () => {
  let store: Store;
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  let dir: string;
  const run = (...argv: string[]) => cli(argv, { store, clock, cwd: dir });

  beforeEach(async () => {
    store = await freshStore('sqlite', { clock });
    dir = workDir({ 'lkt.yaml': example });
  });
  afterEach(() => store.close());

  it('creates the example collaborative with its teams, measures, people, roles and seminars', async () => {
    const r = await run('setup', 'lkt.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Done: 41 created, 0 updated, 0 cancelled, 0 unchanged.');
    const c = (await store.collaboratives.findByName('LKT Hoftenære frakturer'))!;
    expect(c).toMatchObject({
      startDate: '2026-02-02',
      endDate: '2028-01-31',
      clinicalArea: 'Hoftenære frakturer hos ældre',
    });
    const teams = await store.teams.listByCollaborative(c.id);
    expect(teams.map((t) => t.name).sort()).toEqual([
      'Aalborg',
      'Aarhus',
      'Bispebjerg',
      'Hvidovre',
      'Køge',
      'Odense',
      'Odense Kommune',
    ]);
    expect(teams.find((t) => t.name === 'Køge')!.region).toBe('sjaelland');
    expect(teams.find((t) => t.name === 'Odense Kommune')).toMatchObject({ region: 'kommune', municipality: 'Odense' });
    const measures = await store.measures.listByCollaborative(c.id);
    expect(measures).toHaveLength(7);
    const vent = measures.find((m) => m.code === 'VENT')!;
    expect(vent).toMatchObject({
      scope: 'team',
      teamId: teams.find((t) => t.name === 'Hvidovre')!.id,
      unitKind: 'value',
    });
    expect(measures.find((m) => m.code === 'OP24')).toMatchObject({
      unitKind: 'proportion',
      goal: 85,
      period: 'week',
      direction: 'higher',
    });
    const sponsor = (await store.persons.findByEmail('anders.holm@regionh.example'))!;
    expect(sponsor.identities).toEqual([]);
    const roles = await store.memberships.listForPerson(sponsor.id);
    expect(roles.map((m) => m.role)).toEqual(['sponsor', 'sponsor']);
    const regional = (await store.persons.findByEmail('lars.winther@rsyd.example'))!;
    expect(await store.memberships.listForPerson(regional.id)).toMatchObject([
      { role: 'tovholder', collaborativeId: c.id, region: 'syddanmark', teamId: null },
    ]);
    const seminars = await store.seminars.listByCollaborative(c.id);
    const first = seminars.find((s) => s.title === '1. læringsseminar')!;
    expect(first.startsAt.toISOString()).toBe('2026-04-16T07:30:00.000Z'); // 09:30 Copenhagen summer time
    expect(seminars.find((s) => s.region === 'hovedstaden')!.reminderDaysBefore).toEqual([7, 0]);
  });

  it('changes nothing when the same file runs twice', async () => {
    await run('setup', 'lkt.yaml');
    const auditBefore = await store.audit.list({ limit: 10_000 });
    const r = await run('setup', 'lkt.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Done: 0 created, 0 updated, 0 cancelled, 41 unchanged.');
    expect(r.stdout).not.toMatch(/^[+~x] /m);
    expect(await store.audit.list({ limit: 10_000 })).toHaveLength(auditBefore.length);
  });

  it('applies only what changed in the file, and says so', async () => {
    await run('setup', 'lkt.yaml');
    const changed = example
      .replace('    goal: 85\n', '    goal: 90\n')
      .replace('Ortopædkirurgisk Afdeling, Aalborg Universitetshospital', 'Ortopædkirurgisk Afdeling, Aalborg UH')
      .replace(
        '  - name: Odense Kommune',
        '  - name: Randers\n    department: Ortopædkirurgi, Regionshospitalet Randers\n    region: midtjylland\n  - name: Odense Kommune',
      )
      .replace(
        '      - { role: lead, team: Aarhus }',
        '      - { role: lead, team: Aarhus }\n      - { role: member, team: Randers }',
      )
      .replace('startsAt: 2026-11-12 09:30', 'startsAt: 2026-11-19 09:30');
    writeFileSync(join(dir, 'lkt.yaml'), changed);
    const r = await run('setup', 'lkt.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('~ updated   measure       OP24 (goal)');
    expect(r.stdout).toContain('~ updated   team          Aalborg (department)');
    expect(r.stdout).toContain('+ created   team          Randers');
    expect(r.stdout).toContain('+ created   role          hanne.bech@rm.example: member of Randers');
    expect(r.stdout).toContain('~ updated   seminar       2. læringsseminar (startsAt)');
    expect(r.stdout).toContain('Done: 2 created, 3 updated, 0 cancelled, 38 unchanged.');
    const c = (await store.collaboratives.findByName('LKT Hoftenære frakturer'))!;
    expect((await store.measures.findByCode(c.id, 'op24'))!.goal).toBe(90);
    expect((await store.teams.findByName(c.id, 'Randers'))!.region).toBe('midtjylland');
  });

  it('cancels a seminar marked cancelled: true', async () => {
    await run('setup', 'lkt.yaml');
    writeFileSync(
      join(dir, 'lkt.yaml'),
      example.replace('    reminderDaysBefore: [7, 0]\n', '    reminderDaysBefore: [7, 0]\n    cancelled: true\n'),
    );
    const r = await run('setup', 'lkt.yaml');
    expect(r.stdout).toContain('x cancelled seminar       Regionalt netværksmøde, Hovedstaden');
    const c = (await store.collaboratives.findByName('LKT Hoftenære frakturer'))!;
    const seminar = (await store.seminars.listByCollaborative(c.id)).find((x) => x.region === 'hovedstaden')!;
    expect(seminar.cancelledAt).not.toBeNull();
    expect((await run('setup', 'lkt.yaml')).stdout).toContain(
      '= unchanged seminar       Regionalt netværksmøde, Hovedstaden',
    );
  });

  it('rejects an invalid file whole, listing every problem with its line, and changes nothing', async () => {
    await run('setup', 'lkt.yaml');
    const before = await store.audit.list({ limit: 10_000 });
    const broken = example
      .replace('    goal: 85\n', '    goal: 185\n') // a proportion goal over 100 %
      .replace('    region: Syddanmark\n', '    region: Fyn\n')
      .replace('  - email: birgitte.dam@rm.example', '  - email: birgitte.dam(at)rm.example')
      .replace('    unitKind: value\n', '    unitKind: value\n    colour: blue\n');
    writeFileSync(join(dir, 'broken.yaml'), broken);
    const lineOf = (text: string) => broken.split('\n').findIndex((l) => l.includes(text)) + 1;
    const r = await run('setup', 'broken.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `broken.yaml:${lineOf('goal: 185')}: measures[0].goal: a proportion goal is a percentage`,
    );
    expect(r.stderr).toContain(`broken.yaml:${lineOf('region: Fyn')}: teams[3].region: Invalid enum value`);
    expect(r.stderr).toContain(`broken.yaml:${lineOf('birgitte.dam(at)')}: people[2].email: Invalid email`);
    expect(r.stderr).toContain(`broken.yaml:${lineOf('colour: blue')}: measures[6].colour: unknown key "colour"`);
    expect(r.stderr).toContain('4 problems found; nothing was changed.');
    expect(await store.audit.list({ limit: 10_000 })).toHaveLength(before.length);
    const c = (await store.collaboratives.findByName('LKT Hoftenære frakturer'))!;
    expect((await store.measures.findByCode(c.id, 'OP24'))!.goal).toBe(85);
  });

  it('rejects references to unknown teams with their lines before writing anything', async () => {
    const text = example.replace('{ role: lead, team: Køge }', '{ role: lead, team: Roskilde }');
    writeFileSync(join(dir, 'refs.yaml'), text);
    const r = await run('setup', 'refs.yaml');
    expect(r.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('team: Roskilde')) + 1;
    expect(r.stderr).toContain(`refs.yaml:${line}: people[6].roles[0].team: unknown team "Roskilde"`);
    expect(await store.collaboratives.list()).toEqual([]);
  });

  it('refuses to change the period of a measure that may hold data', async () => {
    await run('setup', 'lkt.yaml');
    writeFileSync(
      join(dir, 'lkt.yaml'),
      example.replace('    goal: 85\n    period: week', '    goal: 85\n    period: month'),
    );
    const r = await run('setup', 'lkt.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lkt\.yaml:\d+: measures\[0\]\.period: OP24 already exists with period week/);
  });

  it('reports a YAML syntax error with its line', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'collaborative:\n  name: [LKT\nteams: x\n');
    const r = await run('setup', 'bad.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:\d+: /);
    expect(r.stderr).toContain('nothing was changed');
  });

  it('refuses a CPR number in free text, naming the line, without echoing it', async () => {
    const text = example.replace(
      '    agenda: Teamenes resultater',
      '    agenda: Patient 010180-1234 og teamenes resultater',
    );
    writeFileSync(join(dir, 'cpr.yaml'), text);
    const r = await run('setup', 'cpr.yaml');
    expect(r.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('010180-1234')) + 1;
    expect(r.stderr).toContain(`cpr.yaml:${line}: seminars[1].agenda: looks like it contains a CPR number`);
    expect(r.stderr).not.toContain('010180');
  });

  it('shows what would happen on --dry-run and writes nothing', async () => {
    const r = await run('setup', 'lkt.yaml', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dry run: nothing was written.');
    expect(r.stdout).toContain('Would apply: 41 created');
    expect(await store.collaboratives.list()).toEqual([]);
    expect(await store.persons.list()).toEqual([]);
  });

  it('exits 2 with the usage when the file is missing from the command line', async () => {
    const r = await run('setup');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: forbedringsbot setup <file.yaml>');
  });

  it('exits 1 when the file cannot be read', async () => {
    const r = await run('setup', 'nope.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read nope.yaml: ENOENT');
  });
});
