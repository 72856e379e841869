// PDSA cards speak like forms only where something is to be filled in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../src/cards/render-adaptive-card';
import type { Reply } from '../../src/conversation/turn';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

/** The Plan form's text inputs: id → required and its error message. */
function textInputs(reply: Reply | undefined) {
  const card = renderAdaptiveCard(reply!.card!) as { body: Record<string, unknown>[] };
  return Object.fromEntries(
    card.body
      .filter((el) => el.type === 'Input.Text')
      .map((el) => [el.id, { required: el.isRequired, error: el.errorMessage }]),
  );
}

describe('PDSA labels', () => {
  it('marks title and objective as required in the Plan form, not in its labels', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    const inputs = textInputs(form);
    expect(inputs.title).toEqual({ required: true, error: 'Skal udfyldes.' });
    expect(inputs.objective).toEqual({ required: true, error: 'Skal udfyldes.' });
    expect(inputs.changeIdea?.required).toBe(false);
    expect(textOf(form)).toContain('Formål med cyklussen');
    expect(textOf(form)).not.toContain('skal udfyldes');
  });

  it('shows a written cycle without form wording', async () => {
    const [form] = await f.say('anna', 'pdsa ny');
    const inputs = {
      title: 'Smertescore ved indlæggelse',
      objective: 'Alle får målt smerte inden 30 minutter',
      dueDo: '2026-12-04',
    };
    await f.press('anna', buttonOf(form, 'pdsa.create', { inputs }));
    const [cycle] = await f.say('anna', 'pdsa smertescore');
    expect(textOf(cycle)).toContain('Formål med cyklussen');
    expect(textOf(cycle)).toContain('Alle får målt smerte inden 30 minutter');
    expect(textOf(cycle)).not.toMatch(/skal udfyldes|required/i);
  });
});
