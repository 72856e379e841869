import { describe, expect, it } from 'vitest';
import { beforeDeadline, pinnedErrors, submissionRequestId } from '../../../src/channels/slack/form-answer';
import type { Reply } from '../../../src/conversation/turn';

const inputs = [
  { type: 'Input.Text', id: 'numerator' },
  { type: 'Input.Text', id: 'denominator' },
];
const refusal: Reply = {
  text: 'Tælleren (25) kan ikke være større end nævneren (22).',
  error: { code: 'NUMERATOR_EXCEEDS_DENOMINATOR', field: 'numerator' },
};
const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('form answers in Slack modals', () => {
  it('pins a lone refusal about an input of the modal to that input', () => {
    expect(pinnedErrors([refusal], inputs)).toEqual({ numerator: refusal.text });
  });

  it('does not pin what is not a lone refusal about one of the modal’s inputs', () => {
    expect(pinnedErrors([{ ...refusal, error: { code: 'NUMERATOR_EXCEEDS_DENOMINATOR' } }], inputs)).toBeNull();
    expect(pinnedErrors([{ ...refusal, error: { code: 'VALIDATION_FAILED', field: 'teamId' } }], inputs)).toBeNull();
    expect(pinnedErrors([refusal, { text: 'more' }], inputs)).toBeNull();
    expect(pinnedErrors([{ text: refusal.text }], inputs)).toBeNull();
    expect(pinnedErrors([], inputs)).toBeNull();
  });

  it('names a submission by its view and its values', () => {
    const first = submissionRequestId('V1', { numerator: '25', denominator: '22' });
    expect(first).toMatch(/^view:V1:[0-9a-f]{16}$/);
    expect(submissionRequestId('V1', { denominator: '22', numerator: '25' })).toBe(first);
    expect(submissionRequestId('V1', { numerator: '18', denominator: '22' })).not.toBe(first);
    expect(submissionRequestId('V2', { numerator: '25', denominator: '22' })).not.toBe(first);
  });

  it('waits for the answer only until the deadline', async () => {
    expect(await beforeDeadline(later(5, 'answer'), performance.now(), 500)).toBe('answer');
    const slow = later(200, 'late answer');
    expect(await beforeDeadline(slow, performance.now(), 20)).toBeNull();
    expect(await slow).toBe('late answer');
    // Already past the deadline when asked: no race a quick answer could still win.
    expect(await beforeDeadline(Promise.resolve('quick'), performance.now() - 100, 50)).toBeNull();
  });
});
