// Applies pending migrations and loads the shipped model, then exits: npm run db:migrate
import pino from 'pino';
import { prepareDatabase } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './platform/db/database.ts';
import { SchemaMismatchError } from './platform/db/migrator.ts';
import { databaseTargetOf } from './platform/db/target.ts';

try {
  const config = loadConfig();
  const database = await openDatabase(databaseTargetOf(config));
  try {
    await prepareDatabase(database, pino({ level: config.logLevel }));
  } finally {
    await database.close();
  }
  console.log('The database is up to date.');
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof SchemaMismatchError)) throw error;
  console.error(`Migration refused: ${error.message}`);
  process.exit(1);
}
