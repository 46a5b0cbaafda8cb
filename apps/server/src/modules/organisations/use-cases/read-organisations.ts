import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { canSee, visibleScopes } from '../organisations.policy.ts';
import {
  findOrganisation,
  findSubtree,
  listOrganisations,
  type OrganisationFilter,
  type OrganisationRow,
} from '../organisations.repository.ts';
import { organisationNotFound } from './update-organisation.ts';

export type OrganisationTreeNode = OrganisationRow & { children: OrganisationTreeNode[] };

/** Reading organisations: only those the principal may see exist for them. */
export function makeReadOrganisations({ db }: { db: Kysely<DB> }) {
  async function get(principal: Principal, id: string) {
    const row = await findOrganisation(db, id);
    if (!row || !canSee(principal, row)) throw organisationNotFound(id);
    return row;
  }

  return {
    get,
    list: (
      principal: Principal,
      filter: Omit<OrganisationFilter, 'withinAnyOf'>,
      page: { limit: number; offset: number },
    ) => listOrganisations(db, { ...filter, withinAnyOf: visibleScopes(principal) }, page),
    async tree(principal: Principal, id: string): Promise<OrganisationTreeNode> {
      await get(principal, id);
      const rows = await findSubtree(db, id);
      const nodes = new Map(rows.map((row) => [row.id, { ...row, children: [] as OrganisationTreeNode[] }]));
      for (const node of nodes.values()) {
        if (node.id !== id && node.parent_id) nodes.get(node.parent_id)?.children.push(node);
      }
      const root = nodes.get(id);
      if (!root) throw organisationNotFound(id);
      return root;
    },
  };
}
