// Every card-action verb the core registers, and a data bag that points each at objects of Team Hvidovre
// (collaborative "hip"): the authorization and CPR tables replay them against the real core.
import { randomUUID } from 'node:crypto';
import { flows } from '../../src/conversation/flows';
import type { ConversationFixture } from '../support/conversation-fixture';

/** Every verb of the registry, in registry order. */
export const ALL_VERBS: string[] = [...new Set(flows.flatMap((f) => Object.keys(f.actions)))];

/** Titles and texts only Team Hvidovre and the hip coordinators may read. */
export const SECRETS = {
  seminar: 'Hemmeligt seminar Hvidovre',
  cycle: 'Hemmelig PDSA Hvidovre',
  note: 'Hemmelig note Hvidovre',
};

/** Objects Hvidovre's people own: a regional seminar, a PDSA cycle, a pending measurement and a broadcast draft. */
export interface Targets {
  seminarId: string;
  cycleId: string;
  /** Anna's pending measurement token and Tove's broadcast draft token (both UUIDs). */
  pendingToken: string;
  draftToken: string;
}

/** Creates the objects outsiders will aim at. */
export async function createTargets(f: ConversationFixture): Promise<Targets> {
  const actor = { personId: f.people.tove.id, at: f.clock.now() };
  const seminar = await f.store.seminars.create(
    {
      collaborativeId: f.hip.id,
      region: 'hovedstaden',
      title: SECRETS.seminar,
      startsAt: new Date(f.clock.now().getTime() + 20 * 86_400_000),
    },
    actor,
  );
  const cycle = await f.store.pdsa.create(
    { teamId: f.hvidovre.id, title: SECRETS.cycle, plan: { objective: 'Færre fald' } },
    { ...actor, personId: f.people.lars.id },
  );
  const [pending] = await f.say('anna', `måling 5 ${SECRETS.note}`);
  const pendingToken = findToken(pending) ?? randomUUID();
  const [preview] = await f.press('tove', {
    verb: 'broadcast.preview',
    data: { message: 'Hej alle', scope: f.hip.id },
  });
  const draftToken = findToken(preview) ?? randomUUID();
  return { seminarId: seminar.id, cycleId: cycle.id, pendingToken, draftToken };
}

function findToken(reply: unknown): string | undefined {
  return JSON.stringify(reply ?? {}).match(/"token":"([0-9a-f-]{36})"/)?.[1];
}

/** The data an attacker sends with a verb: every id field set to Hvidovre's objects, plus plausible inputs. */
export function dataFor(f: ConversationFixture, targets: Targets, verb: string): Record<string, unknown> {
  const token = verb.startsWith('broadcast.') ? targets.draftToken : targets.pendingToken;
  return {
    teamId: f.hvidovre.id,
    measureId: f.measures.vent.id,
    collaborativeId: f.hip.id,
    seminarId: targets.seminarId,
    cycleId: targets.cycleId,
    token,
    nonce: randomUUID(),
    attending: true,
    value: '5',
    numerator: '3',
    denominator: '4',
    period: 'uge 47',
    note: 'fra en fremmed',
    title: 'Fremmed titel',
    name: 'Fremmed team',
    department: 'Fremmed afdeling',
    region: 'hovedstaden',
    code: 'FREMMED',
    unitKind: 'count',
    message: 'Fremmed besked',
    scope: f.hip.id,
    text: 'hjælp',
    role: 'member',
    locale: 'da',
    due: '2026-12-24',
    phase: 'plan',
    startsAt: '2026-12-20T09:00',
    date: '2026-12-20',
    time: '09:00',
  };
}
