import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/create-logger';

function capture() {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return { out, text: () => chunks.join('') };
}

const ESC = '\u001b[';

describe('createLogger', () => {
  it('prints readable, coloured lines for a person at a terminal', async () => {
    const { out, text } = capture();
    const logger = await createLogger({ level: 'info', production: false, isTTY: true, destination: out });
    logger.info({ url: 'http://localhost:3978' }, 'Forbedringsbot is listening');
    expect(text()).toContain(ESC);
    const plain = stripVTControlCharacters(text());
    expect(plain).toMatch(
      /^\[\d\d:\d\d:\d\d\] INFO: Forbedringsbot is listening\n\s+url: "http:\/\/localhost:3978"\n$/,
    );
  });

  it('writes JSON lines in production, even at a terminal', async () => {
    const { out, text } = capture();
    const logger = await createLogger({ level: 'info', production: true, isTTY: true, destination: out });
    logger.info({ url: 'http://bot.example' }, 'listening');
    expect(JSON.parse(text())).toMatchObject({
      level: 30,
      app: 'forbedringsbot',
      url: 'http://bot.example',
      msg: 'listening',
    });
  });

  it('writes JSON lines when stdout is not a terminal (a service manager, a pipe)', async () => {
    const { out, text } = capture();
    const logger = await createLogger({ level: 'info', production: false, isTTY: false, destination: out });
    logger.warn('piped');
    expect(JSON.parse(text())).toMatchObject({ level: 40, msg: 'piped' });
  });

  it('falls back to JSON lines when pino-pretty is not installed (a production-only install)', async () => {
    const { out, text } = capture();
    const logger = await createLogger({
      level: 'info',
      production: false,
      isTTY: true,
      destination: out,
      loadPretty: async () => null,
    });
    logger.info('no pretty printer here');
    expect(JSON.parse(text())).toMatchObject({ msg: 'no pretty printer here' });
  });

  it('keeps the configured level', async () => {
    const { out, text } = capture();
    const logger = await createLogger({ level: 'warn', production: false, isTTY: true, destination: out });
    logger.info('hidden');
    logger.error('shown');
    expect(text()).not.toContain('hidden');
    expect(text()).toContain('shown');
  });
});
