import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/test-database.ts';
import type { Database } from './database.ts';
import { migrate, readMigrations } from './migrator.ts';
import { renderSchemaTypes } from './schema-types.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await migrate(database.db, await readMigrations());
});
afterAll(() => database.close());

describe('database types', () => {
  it('match the schema the migrations make (run `npm run db:types` after adding a migration)', async () => {
    const committed = await fs.readFile(path.resolve(import.meta.dirname, 'schema.ts'), 'utf8');
    expect(await renderSchemaTypes(database.db)).toBe(committed);
  });
});
