import { describe, expect, it } from 'vitest';
import {
  actionPayload,
  decodeButton,
  encodeButton,
  type ButtonPayload,
} from '../../../src/channels/slack/block-kit/action-value';

describe('Slack button values and card actions (zod-validated)', () => {
  it('round-trips every button payload kind', () => {
    const payloads: ButtonPayload[] = [
      { kind: 'action', action: { verb: 'measurement.add', data: { teamId: 't1' } } },
      { kind: 'text', text: 'hjælp' },
      { kind: 'form', key: 'form-1' },
      { kind: 'ref', key: 'ref-1' },
    ];
    for (const p of payloads) expect(decodeButton(encodeButton(p))).toEqual(p);
  });

  it('refuses values that are not ours: not JSON, not an object, wrong field types', () => {
    expect(decodeButton('not json')).toBeNull();
    expect(decodeButton('42')).toBeNull();
    expect(decodeButton(JSON.stringify({ v: 7 }))).toBeNull();
    expect(decodeButton(JSON.stringify({ x: 'y' }))).toBeNull();
    expect(decodeButton(undefined)).toBeNull();
  });

  it('reads the verb of Action.Execute and of Action.Submit data, and string Submit data as text', () => {
    expect(actionPayload({ type: 'Action.Execute', verb: 'pdsa.advance', data: { cycleId: 'c1' } })).toEqual({
      kind: 'action',
      action: { verb: 'pdsa.advance', data: { cycleId: 'c1' } },
    });
    expect(actionPayload({ type: 'Action.Submit', data: { verb: 'seminar.rsvp', attending: true } })).toEqual({
      kind: 'action',
      action: { verb: 'seminar.rsvp', data: { verb: 'seminar.rsvp', attending: true } },
    });
    expect(actionPayload({ type: 'Action.Submit', data: 'status' })).toEqual({ kind: 'text', text: 'status' });
  });

  it('gives nothing for actions Slack cannot send back or without a verb', () => {
    expect(actionPayload({ type: 'Action.OpenUrl', url: 'https://example.org' })).toBeNull();
    expect(actionPayload({ type: 'Action.Execute' })).toBeNull();
    expect(actionPayload({ type: 'Action.Execute', verb: 'x', data: 'not an object' })).toBeNull();
  });
});
