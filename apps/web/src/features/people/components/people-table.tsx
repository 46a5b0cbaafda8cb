import { Anchor, Group, Pagination, Table, Text, VisuallyHidden } from '@mantine/core';
import type { PersonList } from '@saimnieks/contracts/people';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { peoplePaths } from '../paths.ts';
import { PersonStatus } from './person-status.tsx';

interface PeopleTableProps {
  people: PersonList;
  organisationName: (id: string) => string;
  /** A newer page is on its way; the one shown is kept meanwhile. */
  updating: boolean;
  onPage: (offset: number) => void;
}

export function PeopleTable({ people, organisationName, updating, onPage }: PeopleTableProps) {
  const { t } = useTranslation('people');
  const pages = Math.max(1, Math.ceil(people.total / people.limit));
  const page = Math.floor(people.offset / people.limit) + 1;
  return (
    <div aria-busy={updating}>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover style={{ opacity: updating ? 0.6 : 1 }}>
          <Table.Caption>
            {t('table.caption', { total: people.total })}
            {updating && <VisuallyHidden>{t('table.loading')}</VisuallyHidden>}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.name')}</Table.Th>
              <Table.Th scope="col">{t('table.email')}</Table.Th>
              <Table.Th scope="col">{t('table.organisation')}</Table.Th>
              <Table.Th scope="col">{t('table.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.items.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Anchor component={Link} to={peoplePaths.person(person.id)}>
                    {person.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{person.email}</Table.Td>
                <Table.Td>{organisationName(person.organisationId)}</Table.Td>
                <Table.Td>
                  <PersonStatus person={person} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {people.items.length === 0 && <Text my="md">{t('table.none')}</Text>}
      {pages > 1 && (
        <Group component="nav" aria-label={t('table.pages')} justify="center" mt="md">
          <Pagination
            total={pages}
            value={page}
            onChange={(next) => onPage((next - 1) * people.limit)}
            getControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
            getItemProps={(item) => ({ 'aria-label': t('table.page', { page: item }) })}
          />
        </Group>
      )}
    </div>
  );
}
