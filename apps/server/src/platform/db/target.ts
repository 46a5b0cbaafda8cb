import type { Config } from '../../config.ts';
import type { DatabaseTarget } from './database.ts';

/** A PostgreSQL server when DATABASE_URL is set, otherwise the embedded database in DATA_DIR. */
export const databaseTargetOf = (config: Config): DatabaseTarget =>
  config.databaseUrl ? { kind: 'server', url: config.databaseUrl } : { kind: 'embedded', dataDir: config.dataDir };
