import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../app.ts';
import { prepareDatabase } from '../bootstrap.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import type { MailTransport } from '../platform/mail/mail.ts';
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
  mail,
  startLog = silent,
}: {
  clock?: Clock;
  config?: Partial<Config>;
  /** Where mail goes; tests that read messages pass an outbox. */
  mail?: MailTransport;
  /** What start-up logs to; tests that read the setup link pass their own. */
  startLog?: FastifyBaseLogger;
} = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({}), webDistDir: '/nonexistent', ...overrides };
  await prepareDatabase(database, startLog, { clock, admin: undefined, publicUrl: config.publicUrl });
  const app = await buildApp({ config, database, logger: silent, clock, ...(mail ? { mail } : {}) });
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
