import { Button, Group, Stack, Text } from '@mantine/core';
import { LifeEventCode } from '@saimnieks/contracts/reference/life-events';
import { Audience } from '@saimnieks/contracts/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useOrganisationChoices } from '../../../features/organisations/api/list-organisations.ts';
import { portfolioPaths } from '../../../features/portfolio/paths.ts';
import {
  type RecipientGroupFilter,
  useRecipientGroups,
} from '../../../features/recipients/api/list-recipient-groups.ts';
import { GroupFormDialog } from '../../../features/recipients/components/group-form-dialog.tsx';
import { RecipientGroupFilters } from '../../../features/recipients/components/recipient-group-filters.tsx';
import { RecipientGroupList } from '../../../features/recipients/components/recipient-group-list.tsx';
import { useSignedInSession } from '../../../features/session/api/get-session.ts';
import { seesEverything } from '../../../features/session/lib/abilities.ts';

const PAGE_SIZE = 20;
/** Who may add groups somewhere: the server decides where, by organisation. */
const GROUP_KEEPERS = ['R02', 'R03', 'R04'];

/**
 * `/portfolio/recipient-groups?organisation=&audience=&lifeEvent=&q=&archived=&offset=`: the recipient groups of the
 * organisations the person sees, with their needs. The filters live in the address, so they can be shared; without
 * `archived` the active groups are shown.
 */
export function RecipientGroupsPage() {
  const { t } = useTranslation('recipients');
  const session = useSignedInSession();
  const organisations = useOrganisationChoices();
  const [params, setParams] = useSearchParams();
  const archived = params.get('archived') ?? 'false';
  const filter: RecipientGroupFilter = {
    q: params.get('q') ?? undefined,
    organisation: params.get('organisation') ?? undefined,
    audience: Audience.safeParse(params.get('audience')).data,
    lifeEvent: LifeEventCode.safeParse(params.get('lifeEvent')).data,
    archived: archived === 'true' || archived === 'false' ? archived : undefined,
    limit: PAGE_SIZE,
    offset: Number(params.get('offset')) || 0,
  };
  const groups = useRecipientGroups(filter);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string>();
  const mayKeepGroups = seesEverything(session) || session.roles.some((role) => GROUP_KEEPERS.includes(role.roleCode));
  const keepers = organisations.filter((organisation) => ['institution', 'municipality'].includes(organisation.kind));

  const applyFilter = ({ limit: _limit, offset: _offset, ...next }: RecipientGroupFilter) =>
    setParams(
      Object.fromEntries(
        Object.entries({ ...next, archived: next.archived ?? 'all' }).filter(([, value]) => value !== undefined),
      ) as Record<string, string>,
    );
  const goToOffset = (offset: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (offset > 0) next.set('offset', String(offset));
      else next.delete('offset');
      return next;
    });

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <PageTitle>{t('title')}</PageTitle>
        <Text>{t('lead')}</Text>
      </div>
      {mayKeepGroups && keepers.length > 0 && (
        <Group>
          <Button
            onClick={() => {
              setMessage(undefined);
              setCreating(true);
            }}
          >
            {t('actions.create')}
          </Button>
        </Group>
      )}
      <RecipientGroupFilters
        key={params.toString()}
        filter={filter}
        organisations={organisations}
        onChange={applyFilter}
      />
      {groups.data ? (
        <RecipientGroupList
          page={groups.data}
          updating={groups.isPlaceholderData}
          onPage={goToOffset}
          servicePath={portfolioPaths.service}
          message={message}
          onMessage={setMessage}
        />
      ) : (
        <LoadingState />
      )}
      <GroupFormDialog
        mode="create"
        organisations={keepers}
        defaultOrganisationId={
          keepers.length === 1 ? keepers[0]?.id : keepers.find(({ id }) => id === filter.organisation)?.id
        }
        opened={creating}
        onDone={(created) => {
          setCreating(false);
          setMessage(t('groupForm.created', { name: created.name }));
        }}
        onClose={() => setCreating(false)}
      />
    </Stack>
  );
}
