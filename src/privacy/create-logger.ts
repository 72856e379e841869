import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { redactCpr } from '../domain/cpr';
import { redactDeep } from '../domain/redact-deep';

/**
 * The only way the app builds a logger: every line, at every level (trace included), passes through a CPR
 * redaction of its message, its merged object and its child bindings, so a CPR-like number a user typed
 * (or a display name that holds one) never reaches a log file.
 */
export function createLogger(options: LoggerOptions = {}, destination?: DestinationStream): Logger {
  const redacting: LoggerOptions = {
    ...options,
    formatters: {
      ...options.formatters,
      log: (object) => redactDeep(object) as Record<string, unknown>,
      bindings: (bindings) => redactDeep(bindings) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const clean = args.map(redactArg) as Parameters<typeof method>;
        method.apply(this, clean);
      },
    },
  };
  const logger = destination ? pino(redacting, destination) : pino(redacting);
  // pino formats only the root's bindings; a child's (a display name, a user id) are redacted here. Children
  // inherit this method through their prototype, so grandchildren are covered too.
  const baseChild = logger.child;
  logger.child = function child(this: Logger, bindings, childOptions) {
    return baseChild.call(this, redactDeep(bindings) as typeof bindings, childOptions);
  } as typeof logger.child;
  return logger;
}

// A string argument is the message or a format argument; an Error as first argument gives pino its message.
function redactArg(arg: unknown): unknown {
  if (typeof arg === 'string') return redactCpr(arg);
  if (!(arg instanceof Error)) return arg;
  const copy = new Error(redactCpr(arg.message));
  copy.name = arg.name;
  copy.stack = arg.stack === undefined ? undefined : redactCpr(arg.stack);
  const code = (arg as { code?: unknown }).code;
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}
