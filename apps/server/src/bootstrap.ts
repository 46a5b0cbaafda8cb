import type { FastifyBaseLogger } from 'fastify';
import { loadDemoData } from './demo/load-demo-data.ts';
import { makeLoadReferenceModel, makeResponsibilities, readReferenceModel } from './modules/model/index.ts';
import { findStateOrganisation, makeCreateOrganisation } from './modules/organisations/index.ts';
import { makeEnsureFirstAdministrator, makeIssueSetupLink } from './modules/people/index.ts';
import { systemContext } from './platform/audit/audit.ts';
import type { Clock } from './platform/clock.ts';
import type { Database } from './platform/db/database.ts';
import { migrate, readMigrations } from './platform/db/migrator.ts';

type Log = Pick<FastifyBaseLogger, 'info' | 'warn'>;

export interface PrepareOptions {
  clock: Clock;
  /** The first administrator, created when nobody exists yet. */
  admin: { email: string; password: string } | undefined;
  /** Where the setup link points (PUBLIC_URL); without it the link is logged as a path. */
  publicUrl?: string;
  /** Fill the database with the demo dataset (DEMO_DATA), unless it holds it already. */
  demoData?: boolean;
}

/**
 * Brings a database up to this build: applies pending migrations, loads the shipped model,
 * creates the state at the root of the organisation tree and, on a new database, the first
 * administrator; with `demoData`, it adds the demo dataset once.
 */
export async function prepareDatabase(
  database: Database,
  log: Log,
  { clock, admin, publicUrl = '', demoData = false }: PrepareOptions,
) {
  const { db } = database;
  const applied = await migrate(db, await readMigrations());
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
  const model = await makeLoadReferenceModel({ db })(await readReferenceModel());
  if (model.created) log.info({ modelVersion: model.version }, 'service management model loaded');

  if (await makeResponsibilities({ db, clock }).ensureDefault(systemContext('start-up'))) {
    log.info('default responsibility matrix loaded');
  }

  if (!(await findStateOrganisation(db))) {
    await makeCreateOrganisation({ db, clock })(
      {
        kind: 'state',
        parentId: null,
        names: { lv: 'Latvijas Republika', en: 'Republic of Latvia' },
        shortName: 'LR',
        registrationNumber: null,
        atuCode: null,
        contact: { email: null, phone: null, address: null, website: null },
      },
      { principal: 'system', context: systemContext('start-up') },
    );
  }

  const administrator = await makeEnsureFirstAdministrator({ db, clock })(admin);
  if (administrator === 'created') log.info({ email: admin?.email }, 'first administrator created');
  // Before the setup link: the demo brings its own administrator, so no link is needed after it.
  if (demoData) await loadDemoData(db, log, { clock });
  if (administrator === 'missing') {
    // Only the token's hash is stored: this line is the one place the link appears.
    const link = await makeIssueSetupLink({ db, clock })(publicUrl);
    if (link) {
      log.warn(
        { setupLink: link },
        `Nobody can sign in yet: open ${link} within 24 hours to create the first administrator (or set ADMIN_EMAIL and ADMIN_PASSWORD and start again)`,
      );
    }
  }
}
