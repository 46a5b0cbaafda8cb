// Applies pending migrations and loads the shipped model, then exits: npm run db:migrate
import pino from 'pino';
import { prepareDatabase } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { AdministratorSetupError } from './modules/people/index.ts';
import { systemClock } from './platform/clock.ts';
import { openDatabase } from './platform/db/database.ts';
import { SchemaMismatchError } from './platform/db/migrator.ts';
import { databaseTargetOf } from './platform/db/target.ts';

try {
  const config = loadConfig();
  const database = await openDatabase(databaseTargetOf(config));
  try {
    await prepareDatabase(database, pino({ level: config.logLevel }), { clock: systemClock, admin: config.admin });
  } finally {
    await database.close();
  }
  console.log('The database is up to date.');
} catch (error) {
  if (
    !(error instanceof ConfigError || error instanceof SchemaMismatchError || error instanceof AdministratorSetupError)
  ) {
    throw error;
  }
  console.error(`Migration refused: ${error.message}`);
  process.exit(1);
}
