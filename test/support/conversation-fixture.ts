// A small world for conversation tests: two collaboratives, three teams, measures of every unit kind,
// and one person per role, talking to the real core over a real store (SQLite by default).
import { Writable } from 'node:stream';
import type { Level } from 'pino';
import type {
  Actor,
  ChartLinks,
  Collaborative,
  Measure,
  MeasureInput,
  MembershipInput,
  Person,
  Store,
  Team,
} from '../../src/domain';
import { renderAdaptiveCard } from '../../src/cards/render-adaptive-card';
import { createCalendarService, type CalendarService } from '../../src/calendar/calendar-service';
import { createConversation, type Conversation } from '../../src/conversation/create-conversation';
import { createStoryboardService, type StoryboardService } from '../../src/reporting/storyboard/storyboard-service';
import type { Flow } from '../../src/conversation/flow';
import type { CardAction, Reply, Turn } from '../../src/conversation/turn';
import { createLogger } from '../../src/privacy/create-logger';
import { ManualClock } from './clock';
import { freshStore, type Dialect } from './stores';

/** Wednesday of ISO week 48, 2026 (Copenhagen 11:00): "uge 47" is last week, "i går" is 24 November. */
export const FIXTURE_NOW = '2026-11-25T10:00:00Z';

/** People of the fixture by their short name; each talks on the local channel with userId = the short name. */
export const PEOPLE = [
  'anna',
  'lars',
  'mette',
  'sofie',
  'erik',
  'tove',
  'rikke',
  'adam',
  'ole',
  'emma',
  'aksel',
] as const;
export type PersonKey = (typeof PEOPLE)[number];

/** Chart links that do not sign (the chart service has its own tests); deterministic for assertions. */
export const testChartLinks: ChartLinks = {
  url: (r) => `https://bot.example/charts/${r.measureId}/${r.teamId}/${r.chart}/${r.size}.png?sig=test`,
};

/** Signing secret of the fixture's calendar links (https://bot.example/calendar/…). */
export const TEST_LINK_SECRET = 'conversation-fixture-link-secret-0123456789';

export interface ConversationFixture {
  store: Store;
  clock: ManualClock;
  conversation: Conversation;
  /** The real calendar service behind the seminar cards' "Føj til kalender" links. */
  calendar: CalendarService;
  /** The real storyboard service behind `storyboards` (https://bot.example/storyboards/…). */
  storyboards: StoryboardService;
  /** Every log line written by the core (JSON strings). */
  logs: string[];
  hip: Collaborative;
  stroke: Collaborative;
  hvidovre: Team;
  odense: Team;
  aarhus: Team;
  measures: Record<'op24' | 'vent' | 'smerte' | 'mob1' | 'mobd' | 'fald' | 'tilf' | 'odsLocal' | 'apo', Measure>;
  people: Record<PersonKey, Person>;
  say(who: PersonKey, text: string, extra?: Partial<Turn>): Promise<Reply[]>;
  press(who: PersonKey, action: CardAction, extra?: Partial<Turn>): Promise<Reply[]>;
  turn(who: PersonKey, extra: Partial<Turn>): Turn;
  close(): Promise<void>;
}

/** Builds the fixture on a fresh store. `flows` overrides the registry (error-sink tests). */
export async function conversationFixture(
  options: {
    dialect?: Dialect;
    now?: string;
    flows?: Flow[];
    logLevel?: Level;
    /** Sees every statement the store sends (round-trip counting). */
    onStatement?: (sql: string) => void;
  } = {},
): Promise<ConversationFixture> {
  const clock = new ManualClock(options.now ?? FIXTURE_NOW);
  const store = await freshStore(options.dialect ?? 'sqlite', { clock, onStatement: options.onStatement });
  const actor = (): Actor => ({ personId: null, at: clock.now() });
  const hip = await store.collaboratives.create(
    { name: 'LKT Hoftenære frakturer', clinicalArea: 'Hoftenære frakturer', startDate: '2025-06-02' },
    actor(),
  );
  const stroke = await store.collaboratives.create(
    { name: 'LKT Apopleksi', clinicalArea: 'Apopleksi', startDate: '2026-01-05' },
    actor(),
  );
  const team = (collaborativeId: string, name: string, department: string, region: Team['region']) =>
    store.teams.create({ collaborativeId, name, department, region }, actor());
  const hvidovre = await team(hip.id, 'Team Hvidovre', 'Ortopædkirurgisk afdeling', 'hovedstaden');
  const odense = await team(hip.id, 'Team Odense', 'Ortopædkirurgi, OUH', 'syddanmark');
  const aarhus = await team(stroke.id, 'Team Aarhus', 'Neurologi, AUH', 'midtjylland');
  const measure = (input: Omit<MeasureInput, 'type' | 'direction'> & Partial<MeasureInput>) =>
    store.measures.create({ type: 'process', direction: 'higher', ...input }, actor());
  const measures = {
    op24: await measure({
      collaborativeId: hip.id,
      code: 'OP24',
      name: 'Operation inden for 24 timer',
      unitKind: 'proportion',
      unit: '%',
      goal: 90,
    }),
    vent: await measure({
      collaborativeId: hip.id,
      code: 'VENT',
      name: 'Ventetid på operation',
      unitKind: 'value',
      unit: 'timer',
      direction: 'lower',
      goal: 20,
    }),
    smerte: await measure({
      collaborativeId: hip.id,
      code: 'NRS',
      name: 'Smertescore efter operation',
      unitKind: 'value',
      unit: 'NRS',
      direction: 'lower',
      period: 'day',
      type: 'outcome',
    }),
    mob1: await measure({
      collaborativeId: hip.id,
      code: 'MOB1',
      name: 'Mobilisering inden for 24 timer',
      unitKind: 'proportion',
      unit: '%',
      goal: 85,
    }),
    mobd: await measure({
      collaborativeId: hip.id,
      code: 'MOBD',
      name: 'Mobilitet ved udskrivelse',
      unitKind: 'count',
      unit: 'patienter',
    }),
    fald: await measure({
      collaborativeId: hip.id,
      code: 'FALD',
      name: 'Fald på afdelingen',
      unitKind: 'rate',
      unit: 'pr. 1000 sengedage',
      multiplier: 1000,
      direction: 'lower',
      type: 'balancing',
    }),
    tilf: await measure({
      collaborativeId: hip.id,
      code: 'TILF',
      name: 'Patienttilfredshed',
      unitKind: 'value',
      unit: '%',
      goal: 85,
      type: 'outcome',
    }),
    odsLocal: await measure({
      collaborativeId: hip.id,
      teamId: odense.id,
      scope: 'team',
      code: 'ODS1',
      name: 'Odense: udskrevet til eget hjem',
      unitKind: 'count',
    }),
    apo: await measure({
      collaborativeId: stroke.id,
      code: 'APO1',
      name: 'Trombolyse inden for 60 minutter',
      unitKind: 'proportion',
      unit: '%',
    }),
  };
  const people = {} as Record<PersonKey, Person>;
  const names: Record<PersonKey, string> = {
    anna: 'Anna Sygeplejerske',
    lars: 'Lars Overlæge',
    mette: 'Mette Fysioterapeut',
    sofie: 'Sofie Sponsor',
    erik: 'Erik Ekspert',
    tove: 'Tove Tovholder',
    rikke: 'Rikke Regional',
    adam: 'Adam Admin',
    ole: 'Ole Odense',
    emma: 'Emma English',
    aksel: 'Aksel Aarhus',
  };
  for (const key of PEOPLE) {
    people[key] = await store.persons.create(
      {
        displayName: names[key],
        locale: key === 'emma' ? 'en' : 'da',
        identities: [{ platform: 'local', tenantId: 'local', userId: key }],
      },
      actor(),
    );
  }
  const grant = (who: PersonKey, role: Omit<MembershipInput, 'personId'>) =>
    store.memberships.grant({ ...role, personId: people[who].id }, actor());
  await grant('anna', { role: 'member', teamId: hvidovre.id });
  await grant('lars', { role: 'lead', teamId: hvidovre.id });
  await grant('mette', { role: 'member', teamId: hvidovre.id });
  await grant('mette', { role: 'member', teamId: odense.id });
  await grant('sofie', { role: 'sponsor', teamId: hvidovre.id });
  await grant('erik', { role: 'expert', collaborativeId: hip.id });
  await grant('tove', { role: 'tovholder', collaborativeId: hip.id });
  await grant('rikke', { role: 'tovholder', collaborativeId: hip.id, region: 'syddanmark' });
  await grant('adam', { role: 'admin' });
  await grant('ole', { role: 'member', teamId: odense.id });
  await grant('emma', { role: 'member', teamId: hvidovre.id });
  await grant('aksel', { role: 'member', teamId: aarhus.id });

  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const calendar = createCalendarService({ store, clock, secret: TEST_LINK_SECRET, publicUrl: 'https://bot.example' });
  const storyboards = createStoryboardService({
    store,
    clock,
    secret: TEST_LINK_SECRET,
    publicUrl: 'https://bot.example',
  });
  const conversation = createConversation({
    store,
    clock,
    logger: createLogger({ level: options.logLevel ?? 'debug' }, sink),
    charts: testChartLinks,
    calendar,
    storyboards,
    flows: options.flows,
  });
  const turn = (who: PersonKey, extra: Partial<Turn>): Turn => ({
    channel: 'local',
    identity: { platform: 'local', tenantId: 'local', userId: who },
    conversation: { id: `dm-${who}`, kind: 'personal', tenantId: 'local' },
    ...extra,
  });
  return {
    store,
    clock,
    conversation,
    calendar,
    storyboards,
    logs,
    hip,
    stroke,
    hvidovre,
    odense,
    aarhus,
    measures,
    people,
    turn,
    say: (who, text, extra = {}) => conversation.handle(turn(who, { text, ...extra })),
    press: (who, action, extra = {}) => conversation.handle(turn(who, { action, ...extra })),
    close: () => store.close(),
  };
}

interface FoundAction {
  title: string;
  verb: string;
  data: Record<string, unknown>;
  /** Input values prefilled in the card (sent along when the action's associatedInputs is auto). */
  inputs: Record<string, unknown>;
}

/** Every Action.Execute of a reply's rendered card: title, verb, data, and the card's prefilled input values. */
export function actionsOf(reply: Reply | undefined): FoundAction[] {
  if (!reply?.card) return [];
  const out: FoundAction[] = [];
  const prefilled: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
        prefilled[o.id] = o.value ?? '';
      if (o.type === 'Action.Execute') {
        const inputs = o.associatedInputs === 'none' ? {} : prefilled;
        out.push({ title: String(o.title), verb: String(o.verb), data: o.data as Record<string, unknown>, inputs });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(renderAdaptiveCard(reply.card));
  return out;
}

/**
 * The card action a client sends for the button with this verb (and title, when several share a verb): its
 * data merged with the card's input values (prefilled ones, overridden by `inputs`), as Action.Submit does.
 */
export function buttonOf(
  reply: Reply | undefined,
  verb: string,
  options: { title?: string; inputs?: Record<string, unknown> } = {},
): CardAction {
  const found = actionsOf(reply).find(
    (a) => a.verb === verb && (options.title === undefined || a.title === options.title),
  );
  if (!found)
    throw new Error(`no button ${verb}${options.title ? ` "${options.title}"` : ''} in ${JSON.stringify(reply)}`);
  const typed = Object.keys(found.inputs).length ? options.inputs : {};
  return { verb: found.verb, data: { ...found.data, ...found.inputs, ...typed } };
}

/** All visible text of a reply: its text, or every string of the rendered card. */
export function textOf(reply: Reply | undefined): string {
  if (!reply) return '';
  if (!reply.card) return reply.text ?? '';
  const parts: string[] = [reply.text ?? ''];
  const walk = (node: unknown, key = ''): void => {
    if (typeof node === 'string' && ['text', 'title', 'value', 'label', 'altText', 'placeholder'].includes(key))
      parts.push(node);
    else if (Array.isArray(node)) for (const n of node) walk(n, key);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (k !== 'data') walk(v, k);
  };
  walk(renderAdaptiveCard(reply.card));
  return parts.join('\n');
}
