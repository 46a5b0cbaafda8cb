import type { Person } from '@saimnieks/contracts/people';
import type { PersonRow } from './people.repository.ts';

export const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  name: row.name,
  email: row.email,
  organisationId: row.organisation_id,
  active: row.active,
  isAdministrator: row.is_administrator,
  passwordSet: row.password_hash !== null,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** The audited view of a person: what others can change, never the password or its hash. */
export const auditedFields = (row: PersonRow) => ({
  name: row.name,
  email: row.email,
  organisationId: row.organisation_id,
  active: row.active,
  isAdministrator: row.is_administrator,
});
