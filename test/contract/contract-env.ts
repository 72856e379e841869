import { expect } from 'vitest';
import type { DemoSeed } from '../../src/demo/seed-demo';
import type { Store } from '../../src/domain';
import { createTranslator } from '../../src/i18n/translator';
import type { ManualClock } from '../support/clock';
import type { NormalizedAction, NormalizedReply } from './normalize-adaptive-card';

/** The demo people the suite talks as (ids of seeded persons; each has a local identity). */
export interface ContractPersons {
  clinician: string;
  lead: string;
  tovholder: string;
  sponsor: string;
  expert: string;
  /** In no team yet: for onboarding. */
  guest: string;
  /** A member of another team (Aarhus). */
  otherClinician: string;
}

/** What makeDriver gets: a seeded store, its clock, the seed's ids and the people to link to the channel. */
export interface ContractFixture {
  store: Store;
  clock: ManualClock;
  seed: DemoSeed;
  persons: ContractPersons;
}

/** Talks to the bot through one channel, as a given person, over the channel's real transport. */
export interface ChannelDriver {
  say(personId: string, text: string): Promise<NormalizedReply[]>;
  /** Presses a card action: `actionData` is a NormalizedAction's data, with any form input values merged in. */
  press(personId: string, actionData: Record<string, unknown>): Promise<NormalizedReply[]>;
  store: Store;
  clock: ManualClock;
  close(): Promise<void>;
}

/** Builds a driver for a channel on the fixture's store and clock. */
export type MakeDriver = (fixture: ContractFixture) => Promise<ChannelDriver>;

/** Per-test environment of the contract suite. */
export interface ContractEnv extends ContractFixture {
  driver: ChannelDriver;
}

/** The Danish catalogue, to expect the exact messages the user reads. */
export const da = createTranslator('da');
/** The English catalogue. */
export const en = createTranslator('en');

/** All visible text of a turn's replies. */
export function textOf(replies: NormalizedReply[]): string {
  return replies.map((r) => r.text).join('\n');
}

/** Every web link in a turn's replies. */
export function linksOf(replies: NormalizedReply[]): Array<{ title: string; url: string }> {
  return replies.flatMap((r) => r.links ?? []);
}

/** Every action offered in a turn's replies. */
export function actionsOf(replies: NormalizedReply[]): NormalizedAction[] {
  return replies.flatMap((r) => r.actions);
}

/** The one action with this verb (and matching data), or a failure that lists what was offered. */
export function actionWith(
  replies: NormalizedReply[],
  verb: string,
  match: (data: Record<string, unknown>) => boolean = () => true,
): NormalizedAction {
  const found = actionsOf(replies).find((a) => a.data.verb === verb && match(a.data));
  if (!found) {
    const offered = actionsOf(replies).map((a) => `${a.title} → ${String(a.data.verb)}`);
    expect.fail(`no "${verb}" action among: ${offered.join(', ') || '(none)'}\ntext: ${textOf(replies)}`);
  }
  return found;
}

/** Replies carry no unfilled template expression and at least some visible text. */
export function expectWellFormed(replies: NormalizedReply[]): void {
  expect(replies.length).toBeGreaterThan(0);
  expect(textOf(replies).trim()).not.toBe('');
  expect(textOf(replies)).not.toContain('${');
}
