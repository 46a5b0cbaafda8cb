import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../platform/db/database.ts';
import { checksumOf, type ReferenceModel } from '../model.reference.ts';
import { findCurrentVersion, insertModelVersion } from '../model.repository.ts';

// Any fixed number: instances starting together load the model once.
const MODEL_LOAD_LOCK = 727_310_002;

/**
 * Makes the shipped model the current model version. Idempotent: when the current version already
 * has this content nothing is written; changed content becomes a new version and older versions
 * stay as they were, so records made under them keep their meaning.
 */
export function makeLoadReferenceModel({ db }: { db: Kysely<DB> }) {
  return async function loadReferenceModel(model: ReferenceModel): Promise<{ version: number; created: boolean }> {
    const checksum = checksumOf(model);
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MODEL_LOAD_LOCK})`.execute(trx);
      const current = await findCurrentVersion(trx);
      if (current?.checksum === checksum) return { version: current.version, created: false };
      const version = (current?.version ?? 0) + 1;
      await insertModelVersion(trx, version, checksum, model);
      return { version, created: true };
    });
  };
}
