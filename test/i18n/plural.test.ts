import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator';

describe('counts with their noun', () => {
  it('says "1 team" and "2 teams", "1 samtale" and "3 samtaler"', () => {
    const da = createTranslator('da');
    expect(da('broadcast.preview.recipients', { teams: 1, conversations: 1 })).toBe('Sendes til 1 team (1 samtale).');
    expect(da('broadcast.preview.recipients', { teams: 2, conversations: 3 })).toBe('Sendes til 2 teams (3 samtaler).');
    expect(da('overview.subtitle', { teams: 1 })).toBe('1 team · seriediagrammer på samme skala');
  });

  it('does the same in English, with the number formatted for the locale', () => {
    const en = createTranslator('en');
    expect(en('broadcast.preview.recipients', { teams: 1, conversations: 1 })).toBe('Goes to 1 team (1 conversation).');
    expect(en('broadcast.preview.recipients', { teams: 1200, conversations: 2 })).toBe(
      'Goes to 1,200 teams (2 conversations).',
    );
  });

  it('leaves a count that was not given as it is written', () => {
    expect(createTranslator('da')('overview.subtitle')).toBe('{teams|team|teams} · seriediagrammer på samme skala');
  });
});
