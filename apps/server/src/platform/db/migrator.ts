import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationStatus {
  /** Highest version applied to the database; 0 for an empty one. */
  applied: number;
  /** Highest version this build knows. */
  latest: number;
}

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../migrations');
const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;
// Any fixed number: all instances migrating one database serialise on it.
const MIGRATION_LOCK = 727_310_001;

/** Refusal to touch a database whose schema this build does not know. Nothing was changed. */
export class SchemaMismatchError extends Error {}

/** The forward-only SQL migrations shipped with this build, in order. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await fs.readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => {
      const match = FILE_NAME.exec(file);
      if (!match) throw new Error(`Migration file ${file} is not named NNNN_name.sql`);
      const version = Number(match[1]);
      const text = await fs.readFile(path.join(dir, file), 'utf8');
      return { version, name: match[2] ?? file, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    }),
  );
}

/**
 * Applies the pending migrations in one transaction, after checking that every applied one is
 * known and unchanged. Returns the versions it applied.
 */
export async function migrate<Schema>(db: Kysely<Schema>, migrations: Migration[]): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`
      create table if not exists schema_migration (
        version integer primary key,
        name text not null,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`.execute(trx);
    const applied = await appliedMigrations(trx);
    assertKnown(applied, migrations);
    const pending = migrations.filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      await sql.raw(migration.sql).execute(trx);
      await sql`
        insert into schema_migration (version, name, checksum)
        values (${migration.version}, ${migration.name}, ${migration.checksum})`.execute(trx);
    }
    return pending.map((migration) => migration.version);
  });
}

export async function migrationStatus<Schema>(db: Kysely<Schema>, migrations: Migration[]): Promise<MigrationStatus> {
  const exists = await sql<{ found: string | null }>`select to_regclass('schema_migration')::text as found`.execute(db);
  const applied = exists.rows[0]?.found ? await appliedMigrations(db) : new Map();
  return { applied: Math.max(0, ...applied.keys()), latest: migrations.at(-1)?.version ?? 0 };
}

async function appliedMigrations<Schema>(db: Kysely<Schema>) {
  const result = await sql<{
    version: number;
    name: string;
    checksum: string;
  }>`select version, name, checksum from schema_migration order by version`.execute(db);
  return new Map(result.rows.map((row) => [row.version, row]));
}

function assertKnown(applied: Map<number, { name: string; checksum: string }>, migrations: Migration[]) {
  const latest = migrations.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...applied.keys());
  if (newest > latest) {
    throw new SchemaMismatchError(
      `The database was written by a newer version of Saimnieks (schema version ${newest}; this version knows up to ${latest}). ` +
        'Run the newer version or restore a backup; nothing was changed.',
    );
  }
  for (const migration of migrations) {
    const row = applied.get(migration.version);
    if (!row && migration.version < newest) {
      throw new SchemaMismatchError(
        `Migration ${migration.version} (${migration.name}) is older than migration ${newest}, which this database ` +
          'already has; migrations apply in order only. Nothing was changed.',
      );
    }
    if (row && row.checksum !== migration.checksum) {
      throw new SchemaMismatchError(
        `Migration ${migration.version} (${migration.name}) differs from the one applied to this database. ` +
          'Released migrations are never edited; add a new one instead. Nothing was changed.',
      );
    }
  }
}
