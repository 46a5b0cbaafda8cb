import { ALLOWED_PARENT_KINDS, type OrganisationKind, type OrganisationNode } from '@saimnieks/contracts/organisations';

/**
 * The trees a person sees, one per organisation where they hold a role (and their own), without those that lie
 * inside another: a role at a sector and one at an institution of that sector make one tree, not two.
 */
export function mergeTrees(trees: readonly OrganisationNode[]): OrganisationNode[] {
  const inside = new Set<string>();
  const collect = (node: OrganisationNode) => {
    for (const child of node.children) {
      inside.add(child.id);
      collect(child);
    }
  };
  for (const tree of trees) collect(tree);
  const seen = new Set<string>();
  return trees.filter((tree) => !inside.has(tree.id) && !seen.has(tree.id) && seen.add(tree.id));
}

/** The node with this id, and the ids of its ancestors from the root down (itself not included). */
export function findInForest(
  forest: readonly OrganisationNode[],
  id: string,
): { node: OrganisationNode; ancestors: string[] } | undefined {
  for (const root of forest) {
    if (root.id === id) return { node: root, ancestors: [] };
    const below = findInForest(root.children, id);
    if (below) return { node: below.node, ancestors: [root.id, ...below.ancestors] };
  }
  return undefined;
}

/** Every node, depth first, with its depth; for choosing a new parent. */
export function flatten(forest: readonly OrganisationNode[], depth = 0): { node: OrganisationNode; depth: number }[] {
  return forest.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)]);
}

/** The kinds that may stand directly under an organisation of this kind. */
export const childKindsOf = (kind: OrganisationKind): OrganisationKind[] =>
  (Object.keys(ALLOWED_PARENT_KINDS) as OrganisationKind[]).filter((child) =>
    ALLOWED_PARENT_KINDS[child].includes(kind),
  );

/**
 * Where an organisation may be moved: active organisations of a kind allowed above it, outside its own subtree
 * (the server refuses a loop with 409 as well).
 */
export function parentChoices(forest: readonly OrganisationNode[], moving: OrganisationNode): OrganisationNode[] {
  const own = new Set(flatten([moving]).map(({ node }) => node.id));
  return flatten(forest)
    .map(({ node }) => node)
    .filter(
      (node) => !own.has(node.id) && node.status === 'active' && ALLOWED_PARENT_KINDS[moving.kind].includes(node.kind),
    );
}

/** Drops archived organisations, with everything under them. */
export function withoutArchived(forest: readonly OrganisationNode[]): OrganisationNode[] {
  return forest
    .filter((node) => node.status === 'active')
    .map((node) => ({ ...node, children: withoutArchived(node.children) }));
}
