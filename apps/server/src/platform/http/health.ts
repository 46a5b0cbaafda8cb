import { healthRoutes } from '@saimnieks/contracts/health';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { migrationStatus, readMigrations } from '../db/migrator.ts';
import { UnavailableError } from '../errors/errors.ts';
import { registerRoute } from './routes.ts';

/** GET /healthz answers while the process runs; GET /readyz only while it can serve requests. */
export async function registerHealth(
  app: FastifyInstance,
  { database, modelVersion }: { database: Database; modelVersion: () => number },
) {
  const migrations = await readMigrations();
  registerRoute(app, healthRoutes.liveness, () => ({ status: 'ok' as const }));
  registerRoute(app, healthRoutes.readiness, async () => {
    if (!(await database.ping())) throw new UnavailableError('unavailable', 'The database does not answer');
    const schema = await migrationStatus(database.db, migrations);
    if (schema.applied !== schema.latest) {
      throw new UnavailableError(
        'unavailable',
        `The database schema is at version ${schema.applied}; this version needs ${schema.latest}`,
      );
    }
    return {
      status: 'ready' as const,
      database: database.target.kind,
      schemaVersion: schema.applied,
      modelVersion: modelVersion(),
    };
  });
}
