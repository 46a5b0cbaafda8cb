// Regenerates apps/server/src/platform/db/schema.ts from the migrations: npm run db:types
import fs from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrate, readMigrations } from '../src/platform/db/migrator.ts';
import { renderSchemaTypes } from '../src/platform/db/schema-types.ts';

const database = await openDatabase({ kind: 'embedded', dataDir: undefined });
try {
  await migrate(database.db, await readMigrations());
  const target = path.resolve(import.meta.dirname, '../src/platform/db/schema.ts');
  await fs.writeFile(target, await renderSchemaTypes(database.db));
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
} finally {
  await database.close();
}
