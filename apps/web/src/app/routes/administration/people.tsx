import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { Person } from '@saimnieks/contracts/people';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useOrganisationChoices } from '../../../features/organisations/api/list-organisations.ts';
import { type PeopleFilter, usePeople } from '../../../features/people/api/list-people.ts';
import { InvitePersonDialog } from '../../../features/people/components/invite-person-dialog.tsx';
import { PeopleFilters } from '../../../features/people/components/people-filters.tsx';
import { PeopleTable } from '../../../features/people/components/people-table.tsx';
import { peoplePaths } from '../../../features/people/paths.ts';

const PAGE_SIZE = 50;

/** `/administration/people?q=&organisation=&active=&offset=`: the filters live in the address, so they can be shared. */
export function PeoplePage() {
  const { t } = useTranslation('people');
  const organisations = useOrganisationChoices();
  const [params, setParams] = useSearchParams();
  const filter: PeopleFilter = {
    q: params.get('q') ?? undefined,
    organisation: params.get('organisation') ?? undefined,
    active:
      params.get('active') === 'true' || params.get('active') === 'false'
        ? (params.get('active') as 'true' | 'false')
        : undefined,
    limit: PAGE_SIZE,
    offset: Number(params.get('offset')) || 0,
  };
  const people = usePeople(filter);
  const [inviting, setInviting] = useState(false);
  const [invited, setInvited] = useState<Person>();
  const organisationName = (id: string) => organisations.find((organisation) => organisation.id === id)?.name ?? id;

  const applyFilter = (next: PeopleFilter) =>
    setParams(
      Object.fromEntries(
        Object.entries({ ...next, offset: undefined }).filter(([, value]) => value !== undefined),
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
      <Group>
        <Button
          onClick={() => {
            setInvited(undefined);
            setInviting(true);
          }}
        >
          {t('invite.open')}
        </Button>
      </Group>
      <DoneMessage>{invited ? t('invite.done', { name: invited.name, email: invited.email }) : undefined}</DoneMessage>
      {invited && (
        <Anchor component={Link} to={peoplePaths.person(invited.id)}>
          {t('invite.open_person')}: {invited.name}
        </Anchor>
      )}
      <PeopleFilters key={params.toString()} filter={filter} organisations={organisations} onChange={applyFilter} />
      {people.data ? (
        <PeopleTable
          people={people.data}
          organisationName={organisationName}
          updating={people.isPlaceholderData}
          onPage={goToOffset}
        />
      ) : (
        <LoadingState />
      )}
      <InvitePersonDialog
        opened={inviting}
        organisations={organisations}
        defaultOrganisationId={filter.organisation}
        onClose={() => setInviting(false)}
        onInvited={(person) => {
          setInviting(false);
          setInvited(person);
        }}
      />
    </Stack>
  );
}
