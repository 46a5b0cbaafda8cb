import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../platform/db/database.ts';

/**
 * A database of the test's own: in memory on PGlite by default, or a throwaway schema on the
 * PostgreSQL server named by DATABASE_URL, so parallel test files and runs never collide.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ kind: 'embedded', dataDir: undefined });

  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  await withServer(url, (client) => client.query(`create schema ${schema}`));
  const database = await openDatabase({ kind: 'server', url, schema });
  return {
    ...database,
    async close() {
      await database.close();
      await withServer(url, (client) => client.query(`drop schema ${schema} cascade`));
    },
  };
}

async function withServer(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
