import fs from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

export type { DB };

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` is one already, so a use
 * case can be part of a larger change (an import) and still be transactional on its own.
 */
export const inTransaction = <T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> =>
  db.isTransaction ? work(db) : db.transaction().execute(work);

export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string | undefined }
  | { kind: 'server'; url: string; schema?: string };

export interface Database {
  db: Kysely<DB>;
  target: DatabaseTarget;
  /** Answers whether the database takes queries now. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// Both drivers must hand the code the same JavaScript types: bigint counts as numbers,
// exact decimals and calendar dates as strings (a date is not an instant).
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const asString = (value: string) => value;

/**
 * Opens the embedded PGlite database (in `dataDir`, or in memory without one) or a PostgreSQL
 * server. A server schema other than `public` confines everything to that schema (tests use it).
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const dialect = target.kind === 'embedded' ? await embeddedDialect(target.dataDir) : serverDialect(target);
  const db = new Kysely<DB>({ dialect });
  return {
    db,
    target,
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}

async function embeddedDialect(dataDir: string | undefined) {
  if (dataDir) await fs.mkdir(dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    parsers: { [INT8]: Number, [NUMERIC]: asString, [DATE]: asString },
  });
  return new PGliteDialect(client);
}

function serverDialect(target: Extract<DatabaseTarget, { kind: 'server' }>) {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8) return Number;
      if (oid === NUMERIC || oid === DATE) return asString;
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({
    connectionString: target.url,
    types,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  return new PostgresDialect({ pool });
}
