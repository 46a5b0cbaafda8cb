import type { OrganisationKind, OrganisationNode } from '@saimnieks/contracts/organisations';
import { describe, expect, it } from 'vitest';
import { childKindsOf, findInForest, mergeTrees, parentChoices, withoutArchived } from './forest.ts';

let next = 0;
function node(kind: OrganisationKind, children: OrganisationNode[] = [], status: 'active' | 'archived' = 'active') {
  const id = `${kind}-${++next}`;
  const parented = children.map((child) => ({ ...child, parentId: id }));
  return {
    id,
    kind,
    parentId: null,
    names: { lv: id, en: null },
    name: id,
    shortName: null,
    registrationNumber: null,
    atuCode: null,
    contact: { email: null, phone: null, address: null, website: null },
    status,
    version: 1,
    createdAt: '2026-11-27T00:00:00Z',
    updatedAt: '2026-11-27T00:00:00Z',
    children: parented,
  } satisfies OrganisationNode;
}

describe('organisation forest', () => {
  describe('mergeTrees', () => {
    it('drops a tree that lies inside another, and a tree given twice', () => {
      const institution = node('institution');
      const sector = node('sector', [institution]);
      const municipality = node('municipality');
      const merged = mergeTrees([institution, sector, municipality, sector]);
      expect(merged.map(({ id }) => id)).toEqual([sector.id, municipality.id]);
    });
  });

  describe('findInForest', () => {
    it('finds a node with the path from its root down', () => {
      const institution = node('institution');
      const sector = node('sector', [institution]);
      const state = node('state', [sector]);
      const found = findInForest([state], institution.id);
      expect(found?.node.id).toBe(institution.id);
      expect(found?.ancestors).toEqual([state.id, sector.id]);
      expect(findInForest([state], 'nowhere')).toBeUndefined();
    });
  });

  describe('childKindsOf', () => {
    it('follows the kinds allowed under each kind', () => {
      expect(childKindsOf('state')).toEqual(['sector', 'municipality']);
      expect(childKindsOf('sector')).toEqual(['institution']);
      expect(childKindsOf('institution')).toEqual([]);
    });
  });

  describe('parentChoices', () => {
    it('offers active parents of an allowed kind outside the moving subtree', () => {
      const moving = node('institution');
      const archivedSector = node('sector', [], 'archived');
      const sector = node('sector', [moving]);
      const municipality = node('municipality');
      const state = node('state', [sector, municipality, archivedSector]);
      const choices = parentChoices([state], moving).map(({ id }) => id);
      expect(choices).toEqual([sector.id, municipality.id]);
    });

    it('never offers a node inside the subtree that moves', () => {
      const institution = node('institution');
      const sector = node('sector', [institution]);
      const state = node('state', [sector]);
      expect(parentChoices([state], sector).map(({ id }) => id)).toEqual([state.id]);
    });
  });

  describe('withoutArchived', () => {
    it('leaves out archived organisations', () => {
      const archived = node('institution', [], 'archived');
      const sector = node('sector', [archived, node('institution')]);
      expect(withoutArchived([sector])[0]?.children).toHaveLength(1);
    });
  });
});
