import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const paused = async () => (await f.store.contactPrefs.get(f.people.anna.id)).paused;

describe('pausing reminders per person', () => {
  it('pauses all reminders with "pause" and turns them on with "start påmindelser"', async () => {
    expect(textOf((await f.say('anna', 'pause'))[0])).toContain('Alle dine påmindelser er sat på pause');
    expect(await paused()).toEqual(['data', 'pdsa', 'seminars', 'summaries']);
    expect(textOf((await f.say('anna', 'start påmindelser'))[0])).toContain('slået til igen');
    expect(await paused()).toEqual([]);
  });

  it('pauses one kind with "stop påmindelser data" and resumes only that kind', async () => {
    await f.say('anna', 'stop påmindelser seminarer');
    expect(textOf((await f.say('anna', 'stop påmindelser data'))[0])).toContain('Påmindelser om data er sat på pause');
    expect(await paused()).toEqual(['data', 'seminars']);
    await f.say('anna', 'start påmindelser data');
    expect(await paused()).toEqual(['seminars']);
  });

  it('refuses an unknown kind in the user’s language and changes nothing', async () => {
    await f.say('anna', 'stop påmindelser pdsa');
    const [reply] = await f.say('anna', 'stop påmindelser kaffe');
    expect(textOf(reply)).toContain('Jeg kender ikke "kaffe"');
    expect(await paused()).toEqual(['pdsa']);
  });
});
