import { Checkbox, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useOrganisationTrees } from '../../../features/organisations/api/get-organisation-tree.ts';
import { useOrganisations } from '../../../features/organisations/api/list-organisations.ts';
import { OrganisationPanel } from '../../../features/organisations/components/organisation-panel.tsx';
import { OrganisationTree } from '../../../features/organisations/components/organisation-tree.tsx';
import { findInForest, mergeTrees, withoutArchived } from '../../../features/organisations/lib/forest.ts';
import { organisationPaths } from '../../../features/organisations/paths.ts';
import { peoplePaths } from '../../../features/people/paths.ts';
import { useSignedInSession } from '../../../features/session/api/get-session.ts';
import { seesEverything } from '../../../features/session/lib/abilities.ts';

/** `/administration/organisations?id=…`: the tree, and the chosen organisation beside it. */
export function OrganisationsPage() {
  const { t } = useTranslation('organisations');
  const session = useSignedInSession();
  const everything = seesEverything(session);
  // The administrator and R01 see the whole tree from the state; others the subtrees where they hold roles.
  const states = useOrganisations(everything ? { kind: 'state', limit: 1 } : { limit: 1 });
  const rootIds = everything
    ? states.items.map(({ id }) => id)
    : [
        ...new Set([
          ...session.roles.filter((role) => role.scopeKind === 'organisation').map((role) => role.scopeId),
          session.person.organisationId,
        ]),
      ];
  const trees = useOrganisationTrees(rootIds);
  const [showArchived, setShowArchived] = useState(false);
  const fullForest = mergeTrees(trees);
  const forest = showArchived ? fullForest : withoutArchived(fullForest);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const selectedId = params.get('id') ?? fullForest[0]?.id;
  const found = selectedId ? findInForest(fullForest, selectedId) : undefined;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(fullForest.map(({ id }) => id)));
  // A newly chosen organisation is opened in the tree, with the way to it: its ancestors and its own children.
  const [openedFor, setOpenedFor] = useState<string>();
  if (found && openedFor !== found.node.id) {
    setOpenedFor(found.node.id);
    setExpanded((current) => new Set([...current, ...found.ancestors, found.node.id]));
  }
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const mayManage = everything || session.roles.some((role) => ['R02', 'R03', 'R04'].includes(role.roleCode));

  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <PageTitle>{t('title')}</PageTitle>
        <Text>{t('lead')}</Text>
      </div>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <section aria-labelledby="organisation-tree-title">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h3" id="organisation-tree-title">
                {t('treeTitle')}
              </Title>
              <Checkbox
                label={t('showArchived')}
                checked={showArchived}
                onChange={(event) => setShowArchived(event.currentTarget.checked)}
              />
            </Group>
            <OrganisationTree forest={forest} selectedId={found?.node.id} expanded={expanded} onToggle={toggle} />
          </section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {found ? (
            <OrganisationPanel
              organisation={found.node}
              forest={fullForest}
              mayManage={mayManage}
              peoplePath={peoplePaths.ofOrganisation}
              onSelect={(id) => void navigate(organisationPaths.organisation(id))}
            />
          ) : (
            <Text>{selectedId ? t('notInTree') : t('chooseOne')}</Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
