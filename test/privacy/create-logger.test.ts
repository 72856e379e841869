import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/privacy/create-logger';
import { CPR_SHAPES, dumpHasCpr } from '../security/cpr-shapes';

function capture(level: 'trace' | 'debug' | 'info' = 'trace') {
  const lines: string[] = [];
  const logger = createLogger({ level }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

describe('the redacting logger', () => {
  it.each(CPR_SHAPES)('redacts %s in the message, the merged object, an error and child bindings at trace', (cpr) => {
    const { logger, lines } = capture();
    const child = logger.child({ displayName: `Anna ${cpr}` });
    child.trace({ text: `note ${cpr}`, nested: { deeper: [{ name: cpr }] } }, `turn text ${cpr}`);
    child.debug(`format %s`, cpr);
    const err = Object.assign(new Error(`bad value ${cpr}`), { code: 'X' });
    child.error({ err }, 'failed');
    child.warn(err);
    child.child({ channel: 'teams' }).child({ user: cpr }).info('grandchild');
    expect(lines).toHaveLength(5);
    expect(dumpHasCpr(lines.join('\n'))).toBe(false);
    expect(lines.join('\n')).toContain('[CPR fjernet]');
  });

  it('keeps the rest of the line, error stacks and numbers that are not CPR numbers', () => {
    const { logger, lines } = capture('info');
    logger.info({ phone: '35451234', value: 2405.5, week: '2026-W47', err: new Error('boom') }, 'kept 24.05.2026');
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      phone: '35451234',
      value: 2405.5,
      week: '2026-W47',
      msg: 'kept 24.05.2026',
      err: { message: 'boom' },
    });
    expect(String((line.err as { stack: string }).stack)).toContain('create-logger.test.ts');
  });

  it('does not overflow on deeply nested or circular objects', () => {
    const { logger, lines } = capture('info');
    let deep: Record<string, unknown> = { leaf: '2405831234' };
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    const circular: Record<string, unknown> = { name: '2405831234' };
    circular.self = circular;
    logger.info({ deep, circular }, 'nested');
    expect(lines).toHaveLength(1);
    expect(dumpHasCpr(lines[0]!)).toBe(false);
  });
});
