import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { freeText, parseInput, pdsaStartInput } from '../../src/domain';

describe('parseInput', () => {
  it('returns the parsed value with defaults applied', () => {
    const r = parseInput(pdsaStartInput, { teamId: 't', title: ' Tjekliste ', plan: { objective: 'O' } });
    expect(r).toMatchObject({ title: 'Tjekliste', dueDates: {}, measureIds: [], ownerId: null });
  });

  it('turns a CPR refinement into CPR_NUMBER_REFUSED naming the field, without the text', () => {
    let err: unknown;
    try {
      parseInput(pdsaStartInput, { teamId: 't', title: 'T', plan: { objective: 'O', prediction: 'pt 240583-1234' } });
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({
      name: 'DomainError',
      code: 'CPR_NUMBER_REFUSED',
      params: { field: 'plan.prediction' },
    });
    expect(JSON.stringify(err) + (err as Error).message).not.toContain('240583');
  });

  it('prefers CPR_NUMBER_REFUSED when other fields are invalid too', () => {
    const schema = z.object({ a: z.number(), b: freeText() });
    expect(() => parseInput(schema, { a: 'x', b: '2405831234' })).toThrow(
      expect.objectContaining({ code: 'CPR_NUMBER_REFUSED' }),
    );
  });

  it('names the first invalid field otherwise', () => {
    expect(() => parseInput(pdsaStartInput, { teamId: '', title: 'T', plan: { objective: 'O' } })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', params: { field: 'teamId' } }),
    );
  });
});
