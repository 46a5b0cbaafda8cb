import { ALLOWED_PARENT_KINDS, type OrganisationKind } from '@saimnieks/contracts/organisations';
import { violatedUniqueConstraint } from '../../platform/db/constraint-errors.ts';
import { ConflictError, ValidationError } from '../../platform/errors/errors.ts';
import type { OrganisationRow } from './organisations.repository.ts';

export function assertParentKind(kind: OrganisationKind, parent: OrganisationRow | undefined) {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  const parentKind = parent?.kind as OrganisationKind | undefined;
  if (parentKind === undefined ? allowed.length > 0 : !allowed.includes(parentKind)) {
    throw new ConflictError(
      'wrong-parent-kind',
      `An organisation of kind ${kind} cannot stand under ${parentKind ?? 'no parent'}; allowed: ${allowed.join(', ') || 'no parent'}`,
    );
  }
}

/** An ATU code belongs to municipalities, and every municipality has one. */
export function assertAtuCode(kind: OrganisationKind, atuCode: string | null) {
  if (kind === 'municipality' && !atuCode) {
    throw new ValidationError('A municipality needs its ATU code', [
      { field: 'atuCode', in: 'body', rule: 'required', message: 'is required for a municipality' },
    ]);
  }
  if (kind !== 'municipality' && atuCode) {
    throw new ValidationError('Only municipalities have an ATU code', [
      { field: 'atuCode', in: 'body', rule: 'municipalities_only', message: 'is only for municipalities' },
    ]);
  }
}

const UNIQUE_FIELDS: Record<string, { field: string; detail: string }> = {
  organisation_registration_number_key: {
    field: 'registrationNumber',
    detail: 'Another organisation has this registration number',
  },
  organisation_atu_code_key: { field: 'atuCode', detail: 'Another municipality has this ATU code' },
  organisation_single_state: { field: 'kind', detail: 'The state organisation exists already' },
};

/** Turns a unique violation into a 409 naming the field; rethrows anything else. */
export function rethrowDuplicate(error: unknown): never {
  const known = UNIQUE_FIELDS[violatedUniqueConstraint(error) ?? ''];
  if (known) throw new ConflictError('duplicate', `${known.detail} (${known.field})`);
  throw error;
}
