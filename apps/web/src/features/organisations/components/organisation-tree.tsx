import { ActionIcon, Anchor, Badge, Box, Group, Text } from '@mantine/core';
import type { OrganisationNode } from '@saimnieks/contracts/organisations';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organisationPaths } from '../paths.ts';
import classes from './organisation-tree.module.css';

interface OrganisationTreeProps {
  forest: readonly OrganisationNode[];
  selectedId: string | undefined;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

/**
 * The organisations as nested lists. Each branch has a disclosure button (aria-expanded) and each organisation a
 * link that shows it beside the tree, so the tree is used with Tab and Enter like the rest of the page.
 */
export function OrganisationTree({ forest, selectedId, expanded, onToggle }: OrganisationTreeProps) {
  const { t } = useTranslation('organisations');
  if (forest.length === 0) return <Text>{t('noneVisible')}</Text>;
  return <Branch nodes={forest} selectedId={selectedId} expanded={expanded} onToggle={onToggle} />;
}

function Branch({
  nodes,
  id,
  ...props
}: Omit<OrganisationTreeProps, 'forest'> & { nodes: readonly OrganisationNode[]; id?: string }) {
  return (
    <ul className={classes.branch} id={id}>
      {nodes.map((node) => (
        <TreeItem key={node.id} node={node} {...props} />
      ))}
    </ul>
  );
}

function TreeItem({
  node,
  selectedId,
  expanded,
  onToggle,
}: Omit<OrganisationTreeProps, 'forest'> & { node: OrganisationNode }) {
  const { t } = useTranslation('organisations');
  const open = expanded.has(node.id);
  const selected = node.id === selectedId;
  const childrenId = `children-${node.id}`;
  return (
    <li>
      <Group gap={6} wrap="nowrap" className={classes.row} data-selected={selected || undefined}>
        {node.children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size="md"
            onClick={() => onToggle(node.id)}
            aria-expanded={open}
            aria-controls={open ? childrenId : undefined}
            aria-label={t(open ? 'collapse' : 'expand', { name: node.name })}
          >
            <svg
              aria-hidden
              viewBox="0 0 16 16"
              width={16}
              height={16}
              className={classes.chevron}
              data-open={open || undefined}
            >
              <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" />
            </svg>
          </ActionIcon>
        ) : (
          <Box w={28} aria-hidden />
        )}
        <Anchor
          component={Link}
          to={organisationPaths.organisation(node.id)}
          aria-current={selected ? 'true' : undefined}
          fw={selected ? 700 : undefined}
          c={node.status === 'archived' ? 'dimmed' : undefined}
          className={classes.name}
        >
          {node.name}
        </Anchor>
        <Badge variant="outline" color="gray.7" size="sm" className={classes.badge}>
          {t(`kinds.${node.kind}`)}
        </Badge>
        {node.status === 'archived' && (
          <Badge variant="light" color="gray.7" size="sm" className={classes.badge}>
            {t('status.archived')}
          </Badge>
        )}
      </Group>
      {open && node.children.length > 0 && (
        <Branch nodes={node.children} id={childrenId} selectedId={selectedId} expanded={expanded} onToggle={onToggle} />
      )}
    </li>
  );
}
