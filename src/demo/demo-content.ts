import type { MeasureInput, Region, Role } from '../domain';

// The demo collaborative as data: readable fixed ids (so a second seed run finds the first one), the
// teams, people and measures. Danish content is demo data, not UI text.

/** Fixed ids of the demo's entities. */
export const DEMO_IDS = {
  collaborative: 'demo-lkt-hofte',
  teams: { hvidovre: 'demo-team-hvidovre', aarhus: 'demo-team-aarhus', odense: 'demo-team-odense' },
  measures: { op24: 'demo-measure-op24', vent: 'demo-measure-vent' },
  persons: {
    clinician: 'demo-klinker',
    lead: 'demo-teamleder',
    tovholder: 'demo-tovholder',
    sponsor: 'demo-sponsor',
    expert: 'demo-ekspert',
    clinicianAarhus: 'demo-klinker-aarhus',
    leadOdense: 'demo-teamleder-odense',
    guest: 'demo-gaest',
  },
} as const;

export type DemoTeamKey = keyof typeof DEMO_IDS.teams;
export type DemoPersonKey = keyof typeof DEMO_IDS.persons;

export const DEMO_COLLABORATIVE = {
  name: 'LKT Hoftenære frakturer',
  clinicalArea: 'Hoftenære frakturer hos ældre',
  goals:
    'Flere patienter med hoftenær fraktur opereres inden for 24 timer (mål 90 %), og ventetiden fra ankomst til ' +
    'operation falder. Forlænget med et halvt år efter ekspertgruppens vurdering efter 1½ år.',
};

/** One demo team and the shape of its data: when the change came and how much it moved the numbers. */
export interface DemoTeam {
  key: DemoTeamKey;
  name: string;
  department: string;
  region: Region;
  /** Index (0–103) of the first week after the change that worked. */
  changeWeek: number;
  patientsPerWeek: number;
  op24: { before: number; after: number };
  ventHours: { before: number; after: number };
}

export const DEMO_TEAMS: DemoTeam[] = [
  {
    key: 'hvidovre',
    name: 'Hoftefraktur-teamet Hvidovre',
    department: 'Ortopædkirurgisk afd., Hvidovre Hospital',
    region: 'hovedstaden',
    changeWeek: 58,
    patientsPerWeek: 14,
    op24: { before: 0.7, after: 0.89 },
    ventHours: { before: 27, after: 17 },
  },
  {
    key: 'aarhus',
    name: 'Hoftefraktur-teamet Aarhus',
    department: 'Ortopædkirurgi, Aarhus Universitetshospital',
    region: 'midtjylland',
    changeWeek: 66,
    patientsPerWeek: 12,
    op24: { before: 0.73, after: 0.9 },
    ventHours: { before: 25, after: 16 },
  },
  {
    key: 'odense',
    name: 'Hoftefraktur-teamet Odense',
    department: 'Ortopædkirurgisk afd., Odense Universitetshospital',
    region: 'syddanmark',
    changeWeek: 48,
    patientsPerWeek: 11,
    op24: { before: 0.64, after: 0.84 },
    ventHours: { before: 30, after: 20 },
  },
];

/** A demo person and the role they hold (team roles in `team`, collaborative roles without). */
export interface DemoPerson {
  key: DemoPersonKey;
  displayName: string;
  email: string;
  role: Role | null;
  team: DemoTeamKey | null;
}

export const DEMO_PERSONS: DemoPerson[] = [
  {
    key: 'clinician',
    displayName: 'Mette Jørgensen',
    email: 'mette.demo@example.org',
    role: 'member',
    team: 'hvidovre',
  },
  { key: 'lead', displayName: 'Anders Holm', email: 'anders.demo@example.org', role: 'lead', team: 'hvidovre' },
  {
    key: 'tovholder',
    displayName: 'Camilla Nørgaard',
    email: 'camilla.demo@example.org',
    role: 'tovholder',
    team: null,
  },
  {
    key: 'sponsor',
    displayName: 'Peter Østergaard',
    email: 'peter.demo@example.org',
    role: 'sponsor',
    team: 'hvidovre',
  },
  { key: 'expert', displayName: 'Søren Bak', email: 'soren.demo@example.org', role: 'expert', team: null },
  {
    key: 'clinicianAarhus',
    displayName: 'Lars Kristensen',
    email: 'lars.demo@example.org',
    role: 'member',
    team: 'aarhus',
  },
  { key: 'leadOdense', displayName: 'Hanne Dahl', email: 'hanne.demo@example.org', role: 'lead', team: 'odense' },
  { key: 'guest', displayName: 'Jonas Vestergaard', email: 'jonas.demo@example.org', role: null, team: null },
];

/** The two shared measures (without collaborativeId, added when seeding). */
export const DEMO_MEASURES: Array<Omit<MeasureInput, 'collaborativeId'> & { id: string }> = [
  {
    id: DEMO_IDS.measures.op24,
    code: 'OP24',
    name: 'Operation inden for 24 timer',
    type: 'process',
    unitKind: 'proportion',
    unit: '%',
    direction: 'higher',
    goal: 90,
    period: 'week',
    scope: 'mandatory',
    dataSource: 'Lokal registrering fra operationsplanlægningen',
  },
  {
    id: DEMO_IDS.measures.vent,
    code: 'VENT',
    name: 'Ventetid til operation',
    type: 'process',
    unitKind: 'value',
    unit: 'timer',
    direction: 'lower',
    goal: 20,
    period: 'week',
    scope: 'mandatory',
    dataSource: 'Median for ugens patienter, fra ankomst i akutmodtagelsen til knivtid',
  },
];
