import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { createTranslator } from '../../src/i18n/translator';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('message catalogues', () => {
  it('have the same keys in Danish and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.da).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, da] of Object.entries(messages.da)) {
      expect(placeholders(messages.en[key] ?? ''), key).toEqual(placeholders(da));
    }
  });

  it('contain every key the conversation core and the cards use literally', () => {
    const root = new URL('../../src/', import.meta.url).pathname;
    const missing: string[] = [];
    let checked = 0;
    for (const file of [...sourceFiles(join(root, 'conversation')), ...sourceFiles(join(root, 'cards'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.]+)'/g)) {
        checked++;
        if (!(m[1]! in messages.da)) missing.push(`${file.slice(root.length)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('formats numbers with a decimal comma in Danish and fills placeholders', () => {
    expect(createTranslator('da')('error.NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 3.5, denominator: 2 })).toBe(
      'Tælleren (3,5) kan ikke være større end nævneren (2).',
    );
    expect(createTranslator('en')('error.NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 3.5, denominator: 2 })).toBe(
      'The numerator (3.5) cannot be larger than the denominator (2).',
    );
  });
});
