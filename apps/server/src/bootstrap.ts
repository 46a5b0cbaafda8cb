import type { FastifyBaseLogger } from 'fastify';
import { makeLoadReferenceModel, readReferenceModel } from './modules/model/index.ts';
import type { Database } from './platform/db/database.ts';
import { migrate, readMigrations } from './platform/db/migrator.ts';

type Log = Pick<FastifyBaseLogger, 'info'>;

/** Brings a database up to this build: applies pending migrations, then loads the shipped model. */
export async function prepareDatabase(database: Database, log: Log) {
  const applied = await migrate(database.db, await readMigrations());
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
  const model = await makeLoadReferenceModel({ db: database.db })(await readReferenceModel());
  if (model.created) log.info({ modelVersion: model.version }, 'service management model loaded');
}
