import fs from 'node:fs/promises';
import path from 'node:path';
import { RoleCode } from '@saimnieks/contracts/auth';
import {
  Involvement,
  type Responsibility,
  type ResponsibilityMatrix,
  type ResponsibilityMatrixEdit,
} from '@saimnieks/contracts/responsibilities';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../platform/errors/errors.ts';
import { findCurrentVersion, readModelVersion } from '../model.repository.ts';
import { findEntries, findMatrix, insertMatrix } from '../responsibilities.repository.ts';

const DEFAULT_FILE = path.resolve(import.meta.dirname, '../reference/responsibilities.json');
const DefaultMatrix = z.record(z.string(), z.partialRecord(RoleCode, Involvement));
// Editing is serialised so two edits on the same base cannot both become the next version.
const MATRIX_LOCK = 727_310_004;

/** Policy planning: the task the responsibility matrix belongs to. */
const POLICY_TASK = 'PU1-1';

const cellKey = (entry: Pick<Responsibility, 'taskCode' | 'roleCode'>) => `${entry.taskCode} ${entry.roleCode}`;

/** The shipped default matrix (docs/responsibility-matrix.md explains it). */
export async function readDefaultResponsibilities(file = DEFAULT_FILE): Promise<Responsibility[]> {
  const matrix = DefaultMatrix.parse(JSON.parse(await fs.readFile(file, 'utf8')));
  return Object.entries(matrix).flatMap(([taskCode, roles]) =>
    Object.entries(roles).map(([roleCode, involvement]) => ({
      taskCode,
      roleCode: roleCode as RoleCode,
      involvement,
    })),
  );
}

/**
 * Checks a matrix against the current model: known tasks and roles, one value per cell, every
 * task performed by someone and approved by at most one role.
 */
async function assertWellFormed(db: Kysely<DB>, entries: Responsibility[]) {
  const version = await findCurrentVersion(db);
  if (!version) throw new Error('No model is loaded');
  const model = await readModelVersion(db, version.version);
  const tasks = new Set(model.tasks.map((task) => task.code));
  const errors: { field: string; in: 'body'; rule: string; message: string }[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (!tasks.has(entry.taskCode)) {
      errors.push({
        field: `entries.${i}.taskCode`,
        in: 'body',
        rule: 'unknown_task',
        message: `no task ${entry.taskCode}`,
      });
    }
    if (seen.has(cellKey(entry))) {
      errors.push({
        field: `entries.${i}`,
        in: 'body',
        rule: 'duplicate_cell',
        message: `${cellKey(entry)} is given twice`,
      });
    }
    seen.add(cellKey(entry));
  });
  for (const task of tasks) {
    const cells = entries.filter((entry) => entry.taskCode === task);
    if (!cells.some((entry) => entry.involvement === 'performs')) {
      errors.push({ field: 'entries', in: 'body', rule: 'no_performer', message: `nobody performs ${task}` });
    }
    if (cells.filter((entry) => entry.involvement === 'approves').length > 1) {
      errors.push({
        field: 'entries',
        in: 'body',
        rule: 'several_approvers',
        message: `${task} has more than one approver`,
      });
    }
  }
  if (errors.length > 0) throw new ValidationError('The responsibility matrix breaks its rules', errors);
  return version.version;
}

/**
 * The roles involved in these tasks in the current matrix and how: who may act on the tasks'
 * records (where they hold their roles is the acting module's question). One read of the matrix
 * for all the tasks; takes the caller's transaction.
 */
export async function involvementsIn(
  db: Kysely<DB>,
  taskCodes: string[],
): Promise<{ taskCode: string; roleCode: RoleCode; involvement: Involvement }[]> {
  const matrix = await findMatrix(db);
  if (!matrix) return [];
  return (await findEntries(db, matrix.version))
    .filter((row) => taskCodes.includes(row.task_code))
    .map((row) => ({
      taskCode: row.task_code,
      roleCode: row.role_code as RoleCode,
      involvement: row.involvement as Involvement,
    }));
}

export function makeResponsibilities({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  async function read(version?: number): Promise<ResponsibilityMatrix> {
    const matrix = await findMatrix(db, version);
    if (!matrix)
      throw new NotFoundError('responsibilities-not-found', `No responsibility matrix version ${version ?? ''}`.trim());
    const entries = await findEntries(db, matrix.version);
    return {
      version: matrix.version,
      modelVersion: matrix.model_version,
      createdAt: matrix.created_at.toISOString(),
      createdBy: matrix.created_by,
      note: matrix.note,
      entries: entries.map((row) => ({
        taskCode: row.task_code,
        roleCode: row.role_code as RoleCode,
        involvement: row.involvement as Involvement,
      })),
    };
  }

  /**
   * What the principal's roles do in a task according to the current matrix. This is how a
   * permission follows from the matrix: to perform or approve a task's records, a role must
   * perform or approve the task.
   */
  async function involvementIn(principal: Principal, taskCode: string): Promise<Involvement[]> {
    const matrix = await findMatrix(db);
    if (!matrix) return [];
    const held = new Set<string>(principal.roles.map((role) => role.roleCode));
    const entries = await findEntries(db, matrix.version);
    return entries
      .filter((row) => row.task_code === taskCode && held.has(row.role_code))
      .map((row) => row.involvement as Involvement);
  }

  return {
    read,
    involvementIn,

    /** Loads the shipped default as version 1 when there is no matrix yet. */
    async ensureDefault(context: AuditContext) {
      if (await findMatrix(db)) return false;
      const entries = await readDefaultResponsibilities();
      const modelVersion = await assertWellFormed(db, entries);
      await db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${MATRIX_LOCK})`.execute(trx);
        if (await findMatrix(trx)) return;
        const now = clock.now();
        await insertMatrix(
          trx,
          { version: 1, modelVersion, createdAt: now, createdBy: context.actor.label, note: 'Default' },
          entries,
        );
        await recordAudit(
          trx,
          context,
          { action: 'responsibilities.create', entityType: 'responsibility-matrix', entityId: '1', changes: {} },
          now,
        );
      });
      return true;
    },

    /**
     * The matrix describes the management system, which is part of the service management
     * policy (PU1-1): those whose roles perform or approve PU1-1 edit it (by default the state lead
     * institution, R01), and the administrator. Each edit is a new version.
     */
    async edit(
      edit: ResponsibilityMatrixEdit,
      { principal, context }: { principal: Principal; context: AuditContext },
    ) {
      const involvement = await involvementIn(principal, POLICY_TASK);
      if (
        !principal.person.isAdministrator &&
        !involvement.some((value) => value === 'performs' || value === 'approves')
      ) {
        throw new ForbiddenError(
          'forbidden',
          `Only roles that perform or approve ${POLICY_TASK} edit the responsibility matrix`,
        );
      }
      const modelVersion = await assertWellFormed(db, edit.entries);
      const version = await db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${MATRIX_LOCK})`.execute(trx);
        const current = await findMatrix(trx);
        if (current && current.version !== edit.baseVersion) {
          throw new ConflictError(
            'stale-version',
            `The matrix was changed meanwhile (now version ${current.version}, yours ${edit.baseVersion}); reload and try again`,
          );
        }
        const before = Object.fromEntries(
          (current ? await findEntries(trx, current.version) : []).map((row) => [
            `${row.task_code} ${row.role_code}`,
            row.involvement,
          ]),
        );
        const after = Object.fromEntries(edit.entries.map((entry) => [cellKey(entry), entry.involvement]));
        const next = (current?.version ?? 0) + 1;
        const now = clock.now();
        await insertMatrix(
          trx,
          { version: next, modelVersion, createdAt: now, createdBy: context.actor.label, note: edit.note },
          edit.entries,
        );
        await recordAudit(
          trx,
          context,
          {
            action: 'responsibilities.edit',
            entityType: 'responsibility-matrix',
            entityId: String(next),
            changes: diffOf(before, after),
          },
          now,
        );
        return next;
      });
      return read(version);
    },
  };
}
export type Responsibilities = ReturnType<typeof makeResponsibilities>;
