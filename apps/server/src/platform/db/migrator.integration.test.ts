import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/test-database.ts';
import type { Database } from './database.ts';
import { migrate, migrationStatus, readMigrations, SchemaMismatchError } from './migrator.ts';

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(() => database.close());

async function migrationsDir(files: Record<string, string>) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'saimnieks-migrations-'));
  await Promise.all(Object.entries(files).map(([name, text]) => fs.writeFile(path.join(dir, name), text)));
  return readMigrations(dir);
}

const tableExists = async (name: string) =>
  (await sql<{ found: string | null }>`select to_regclass(${name})::text as found`.execute(database.db)).rows[0]
    ?.found !== null;

describe('migrator', () => {
  describe('migrate', () => {
    it('applies the shipped migrations once and then has nothing to do', async () => {
      const migrations = await readMigrations();
      expect(await migrate(database.db, migrations)).toEqual(migrations.map((migration) => migration.version));
      expect(await migrate(database.db, migrations)).toEqual([]);
      const latest = migrations.at(-1)?.version;
      expect(await migrationStatus(database.db, migrations)).toEqual({ applied: latest, latest });
    });

    it('applies only what is new, in order', async () => {
      const first = await migrationsDir({ '0001_a.sql': 'create table a (id int);' });
      await migrate(database.db, first);
      const both = await migrationsDir({
        '0001_a.sql': 'create table a (id int);',
        '0002_b.sql': 'create table b (id int); insert into a values (1);',
      });
      expect(await migrate(database.db, both)).toEqual([2]);
      expect(await tableExists('b')).toBe(true);
    });

    it('refuses a database written by a newer version and changes nothing', async () => {
      const two = await migrationsDir({
        '0001_a.sql': 'create table a (id int);',
        '0002_b.sql': 'create table b (id int);',
      });
      await migrate(database.db, two);
      const one = await migrationsDir({ '0001_a.sql': 'create table a (id int);' });
      await expect(migrate(database.db, one)).rejects.toThrow(SchemaMismatchError);
      await expect(migrate(database.db, one)).rejects.toThrow(
        /newer version of Saimnieks \(schema version 2; this version knows up to 1\)/,
      );
      expect(await migrationStatus(database.db, two)).toEqual({ applied: 2, latest: 2 });
    });

    it('refuses a released migration that was edited', async () => {
      await migrate(database.db, await migrationsDir({ '0001_a.sql': 'create table a (id int);' }));
      const edited = await migrationsDir({
        '0001_a.sql': 'create table a (id bigint);',
        '0002_b.sql': 'create table b (id int);',
      });
      await expect(migrate(database.db, edited)).rejects.toThrow(/Migration 1 \(a\) differs/);
      expect(await tableExists('b')).toBe(false);
    });

    it('rolls back every pending migration when one fails', async () => {
      const broken = await migrationsDir({ '0001_a.sql': 'create table a (id int);', '0002_b.sql': 'create tabel b;' });
      await expect(migrate(database.db, broken)).rejects.toThrow();
      expect(await tableExists('a')).toBe(false);
    });

    it('refuses a migration numbered below one already applied', async () => {
      await migrate(
        database.db,
        await migrationsDir({ '0001_a.sql': 'create table a (id int);', '0003_c.sql': 'select 1;' }),
      );
      const late = await migrationsDir({
        '0001_a.sql': 'create table a (id int);',
        '0002_b.sql': 'create table b (id int);',
        '0003_c.sql': 'select 1;',
      });
      await expect(migrate(database.db, late)).rejects.toThrow(/Migration 2 \(b\) is older than migration 3/);
      expect(await tableExists('b')).toBe(false);
    });
  });
});
