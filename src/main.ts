import { type Config, ConfigError, loadConfig } from './config';
import { buildApp } from './app';
import { createLogger } from './create-logger';

// Entry point of `npm start`: parse config, build the app, listen, shut down cleanly on SIGINT/SIGTERM.
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = await createLogger({
    level: config.logLevel,
    production: config.production,
    isTTY: process.stdout.isTTY === true,
  });
  const app = await buildApp(config, { logger });
  const url = await app.listen();
  logger.info({ url, store: app.store.dialect }, `Forbedringsbot is listening on ${url}`);
  if (config.playground.enabled) logger.info(`Playground (local use only): open ${url}/ in a browser`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    // Turns in flight get SHUTDOWN_GRACE_MS; should closing hang past that (a stuck socket), exit anyway.
    setTimeout(() => process.exit(1), config.shutdownGraceMs + 5_000).unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('Forbedringsbot failed to start:', err);
  process.exit(1);
});
