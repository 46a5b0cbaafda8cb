import { randomUUID } from 'node:crypto';
import type { RoleCompatibilityRuleCreate, RoleCompatibilityRuleUpdate } from '@saimnieks/contracts/roles';
import type { Kysely } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import { violatedUniqueConstraint } from '../../../platform/db/constraint-errors.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/errors/errors.ts';
import {
  type CompatibilityRuleRow,
  findRule,
  findRuleForUpdate,
  insertRule,
  listRules,
  updateRule,
} from '../compatibility.repository.ts';
import { auditedRule } from '../roles.mapper.ts';
import { canManageCompatibilityRules } from '../roles.policy.ts';

interface Acting {
  principal: Principal;
  context: AuditContext;
}

const ruleNotFound = (id: string) =>
  new NotFoundError('compatibility-rule-not-found', `No role compatibility rule ${id}`);

function assertMayManage(principal: Principal) {
  if (!canManageCompatibilityRules(principal)) {
    throw new ForbiddenError('forbidden', 'Only the state lead institution keeps the role compatibility rules');
  }
}

function rethrowDuplicate(error: unknown): never {
  if (violatedUniqueConstraint(error) === 'role_compatibility_rule_pair') {
    throw new ConflictError(
      'duplicate-rule',
      'An active rule for this pair of roles with the same sameScopeOnly exists already; change that one instead',
    );
  }
  throw error;
}

/**
 * The list of incompatible pairs. Everyone signed in may read it (the warnings it raises are
 * shown to whoever assigns roles); the state lead institution and the administrator keep it.
 * A rule is never deleted: justifications made under it point at it, so deleting retires it.
 */
export function makeCompatibilityRules({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  async function lock(trx: Kysely<DB>, principal: Principal, id: string, version: number) {
    const row = await findRuleForUpdate(trx, id);
    if (!row) throw ruleNotFound(id);
    assertMayManage(principal);
    if (row.version !== version) {
      throw new ConflictError(
        'stale-version',
        `The rule was changed meanwhile (now version ${row.version}, yours ${version}); reload and try again`,
      );
    }
    if (!row.active) throw new ConflictError('rule-retired', 'The rule was deleted; add a new one instead');
    return row;
  }

  async function change(
    id: string,
    version: number,
    action: string,
    changes: Partial<CompatibilityRuleRow>,
    { principal, context }: Acting,
  ) {
    const now = clock.now();
    try {
      return await db.transaction().execute(async (trx) => {
        const before = await lock(trx, principal, id, version);
        const after = await updateRule(trx, id, { ...changes, updated_at: now });
        await recordAudit(
          trx,
          context,
          {
            action,
            entityType: 'role_compatibility_rule',
            entityId: id,
            changes: diffOf(auditedRule(before), auditedRule(after)),
          },
          now,
        );
        return after;
      });
    } catch (error) {
      return rethrowDuplicate(error);
    }
  }

  return {
    list: (includeInactive: boolean) => listRules(db, includeInactive),

    async get(id: string) {
      const row = await findRule(db, id);
      if (!row) throw ruleNotFound(id);
      return row;
    },

    async create(input: RoleCompatibilityRuleCreate, { principal, context }: Acting) {
      assertMayManage(principal);
      const now = clock.now();
      // A pair is one rule whichever way round it is given.
      const [roleA, roleB] = [input.roleA, input.roleB].sort();
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await insertRule(trx, {
            id: randomUUID(),
            role_a: roleA ?? input.roleA,
            role_b: roleB ?? input.roleB,
            same_scope_only: input.sameScopeOnly,
            mode: input.mode,
            reason_lv: input.reason.lv,
            reason_en: input.reason.en,
            created_at: now,
            updated_at: now,
          });
          await recordAudit(
            trx,
            context,
            {
              action: 'role-compatibility.create',
              entityType: 'role_compatibility_rule',
              entityId: row.id,
              changes: diffOf(null, auditedRule(row)),
            },
            now,
          );
          return row;
        });
      } catch (error) {
        return rethrowDuplicate(error);
      }
    },

    update(id: string, input: RoleCompatibilityRuleUpdate, acting: Acting) {
      const changes: Partial<CompatibilityRuleRow> = {};
      if (input.sameScopeOnly !== undefined) changes.same_scope_only = input.sameScopeOnly;
      if (input.mode !== undefined) changes.mode = input.mode;
      if (input.reason) Object.assign(changes, { reason_lv: input.reason.lv, reason_en: input.reason.en });
      return change(id, input.version, 'role-compatibility.update', changes, acting);
    },

    delete: (id: string, version: number, acting: Acting) =>
      change(id, version, 'role-compatibility.delete', { active: false }, acting),
  };
}
