import type { Responsibility } from '@saimnieks/contracts/responsibilities';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/database.ts';

export const findMatrix = (db: Kysely<DB>, version?: number) => {
  const query = db.selectFrom('responsibility_matrix').selectAll();
  return (
    version ? query.where('version', '=', version) : query.orderBy('version', 'desc').limit(1)
  ).executeTakeFirst();
};

export const findEntries = (db: Kysely<DB>, version: number) =>
  db
    .selectFrom('responsibility')
    .select(['task_code', 'role_code', 'involvement'])
    .where('matrix_version', '=', version)
    .orderBy('task_code')
    .orderBy('role_code')
    .execute();

export async function insertMatrix(
  trx: Kysely<DB>,
  matrix: { version: number; modelVersion: number; createdAt: Date; createdBy: string; note: string | null },
  entries: Responsibility[],
) {
  await trx
    .insertInto('responsibility_matrix')
    .values({
      version: matrix.version,
      model_version: matrix.modelVersion,
      created_at: matrix.createdAt,
      created_by: matrix.createdBy,
      note: matrix.note,
    })
    .execute();
  if (entries.length === 0) return;
  await trx
    .insertInto('responsibility')
    .values(
      entries.map((entry) => ({
        matrix_version: matrix.version,
        model_version: matrix.modelVersion,
        task_code: entry.taskCode,
        role_code: entry.roleCode,
        involvement: entry.involvement,
      })),
    )
    .execute();
}
