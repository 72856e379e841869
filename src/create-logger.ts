import type { DestinationStream, Logger } from 'pino';
import { createLogger as createRedactingLogger } from './privacy/create-logger';

/** Builds a stream that prints log lines for people (pino-pretty's factory), or null when it is not installed. */
export type PrettyStreamLoader = (options: {
  colorize: boolean;
  destination: NodeJS.WritableStream;
}) => Promise<DestinationStream | null>;

export interface LoggerOptions {
  level: string;
  /** NODE_ENV=production: always JSON lines, for the log collector. */
  production: boolean;
  /** Whether stdout is a terminal a person reads. */
  isTTY: boolean;
  /** Where the lines go (stdout by default). */
  destination?: NodeJS.WritableStream;
  /** Loads pino-pretty; injectable so a test can play a production install without it. */
  loadPretty?: PrettyStreamLoader;
}

/**
 * The server's logger, redacting CPR-like numbers at every level (privacy/create-logger.ts): JSON lines (pino's own format) in production and whenever stdout is not a terminal; readable,
 * coloured lines when a person runs `npm start` in a terminal. pino-pretty is a devDependency, so a production-only
 * install (`npm ci --omit=dev`) falls back to JSON lines rather than failing.
 */
export async function createLogger(options: LoggerOptions): Promise<Logger> {
  const settings = { level: options.level, base: { app: 'forbedringsbot' } };
  if (options.isTTY && !options.production) {
    const destination = options.destination ?? process.stdout;
    const pretty = await (options.loadPretty ?? loadPinoPretty)({ colorize: true, destination });
    if (pretty) return createRedactingLogger(settings, pretty);
  }
  // NOTE: without a destination pino writes to fd 1 through its own fast asynchronous writer.
  return createRedactingLogger(settings, options.destination as DestinationStream | undefined);
}

/** pino-pretty as a stream in this thread (no worker), so lines written just before exit are not lost. */
async function loadPinoPretty({ colorize, destination }: Parameters<PrettyStreamLoader>[0]) {
  let module: Awaited<ReturnType<typeof importPinoPretty>>;
  try {
    module = await importPinoPretty();
  } catch (err) {
    // A production-only install has no pino-pretty: JSON lines then. Any other failure is a real one.
    if ((err as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw err;
  }
  return module.default({
    colorize,
    destination,
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,app',
    singleLine: false,
  });
}

const importPinoPretty = () => import('pino-pretty');
