import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/database.ts';
import { migrate, readMigrations } from '../../../platform/db/migrator.ts';
import { createTestDatabase } from '../../../testing/test-database.ts';
import { type ReferenceModel, readReferenceModel } from '../model.reference.ts';
import { findCurrentVersion, readModelVersion } from '../model.repository.ts';
import { makeLoadReferenceModel } from './load-reference-model.ts';

let database: Database;
let shipped: ReferenceModel;
beforeEach(async () => {
  database = await createTestDatabase();
  await migrate(database.db, await readMigrations());
  shipped = await readReferenceModel();
});
afterEach(() => database.close());

const byEdge = (a: { from: string; to: string }, b: { from: string; to: string }) =>
  `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`);

describe('loadReferenceModel', () => {
  it('stores the shipped model as version 1 and reads it back unchanged', async () => {
    const load = makeLoadReferenceModel({ db: database.db });
    expect(await load(shipped)).toEqual({ version: 1, created: true });
    const stored = await readModelVersion(database.db, 1);
    expect({ ...stored, dependencies: [...stored.dependencies].sort(byEdge) }).toEqual({
      ...shipped,
      dependencies: [...shipped.dependencies].sort(byEdge),
    });
  });

  it('writes nothing when the same model is loaded again', async () => {
    const load = makeLoadReferenceModel({ db: database.db });
    await load(shipped);
    expect(await load(shipped)).toEqual({ version: 1, created: false });
    expect((await findCurrentVersion(database.db))?.version).toBe(1);
  });

  it('makes changed content a new version and keeps the old one readable', async () => {
    const load = makeLoadReferenceModel({ db: database.db });
    await load(shipped);
    const renamed = structuredClone(shipped);
    const task = renamed.tasks.find((candidate) => candidate.code === 'PU3-4');
    if (!task) throw new Error('PU3-4 missing from the shipped model');
    task.names.en = 'Financial management of services';

    expect(await load(renamed)).toEqual({ version: 2, created: true });
    const [v1, v2] = await Promise.all([readModelVersion(database.db, 1), readModelVersion(database.db, 2)]);
    expect(v1.tasks.at(-1)?.names.en).toBe('Financial management');
    expect(v2.tasks.at(-1)?.names.en).toBe('Financial management of services');
  });

  it('rolls back a model that breaks the reference rules, leaving no partial version', async () => {
    const load = makeLoadReferenceModel({ db: database.db });
    const broken = structuredClone(shipped);
    broken.dependencies.push({ from: 'PU2-7', to: 'PU9-9', basis: 'seed' });
    await expect(load(broken)).rejects.toThrow();
    expect(await findCurrentVersion(database.db)).toBeUndefined();
  });
});
