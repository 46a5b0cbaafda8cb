// Starts Saimnieks: configuration, database, HTTP server, graceful shutdown.
import pino from 'pino';
import { buildApp } from './app.ts';
import { prepareDatabase } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { AdministratorSetupError } from './modules/people/index.ts';
import { systemClock } from './platform/clock.ts';
import { openDatabase } from './platform/db/database.ts';
import { SchemaMismatchError } from './platform/db/migrator.ts';
import { databaseTargetOf } from './platform/db/target.ts';

async function start() {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const database = await openDatabase(databaseTargetOf(config));
  try {
    await prepareDatabase(database, log, {
      clock: systemClock,
      admin: config.admin,
      publicUrl: config.publicUrl,
      demoData: config.demoData,
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = await buildApp({ config, database, logger: log, clock: systemClock });
  app.addHook('onClose', async () => {
    await database.close();
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: database.target.kind, url: config.publicUrl }, 'Saimnieks is ready');
}

start().catch((error: unknown) => {
  // Expected refusals get one clear line; anything else keeps its stack for the operator.
  if (error instanceof ConfigError || error instanceof AdministratorSetupError)
    console.error(`Saimnieks cannot start: configuration: ${error.message}`);
  else if (error instanceof SchemaMismatchError) console.error(`Saimnieks cannot start: ${error.message}`);
  else console.error('Saimnieks cannot start:', error);
  process.exit(1);
});
