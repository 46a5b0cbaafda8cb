import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../app.ts';
import { prepareDatabase } from '../bootstrap.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

const silent = pino({ level: 'silent' });

/**
 * A migrated database holding the shipped model, and the application on it, ready for inject().
 * `config` replaces parts of the default configuration.
 */
export async function createTestApp({
  clock = systemClock,
  config: overrides = {},
}: {
  clock?: Clock;
  config?: Partial<Config>;
} = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  await prepareDatabase(database, silent, { clock, admin: undefined });
  const config = { ...loadConfig({}), webDistDir: '/nonexistent', ...overrides };
  const app = await buildApp({ config, database, logger: silent, clock });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
