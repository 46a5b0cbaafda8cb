import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useRoles } from '../../../features/model/api/list-roles.ts';
import { useOrganisationChoices } from '../../../features/organisations/api/list-organisations.ts';
import { usePerson } from '../../../features/people/api/get-person.ts';
import { PersonDetails } from '../../../features/people/components/person-details.tsx';
import { usePersonRoleAssignments } from '../../../features/roles/api/list-role-assignments.ts';
import { AssignRoleForm } from '../../../features/roles/components/assign-role-form.tsx';
import { RoleAssignmentsTable } from '../../../features/roles/components/role-assignments-table.tsx';
import { useSignedInSession } from '../../../features/session/api/get-session.ts';

/** `/administration/people/:id`: a person's details and account, and the roles they hold. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('roles');
  const session = useSignedInSession();
  const person = usePerson(id);
  const organisations = useOrganisationChoices();
  const { items: assignments } = usePersonRoleAssignments(id);
  const { items: roles } = useRoles();
  const [message, setMessage] = useState<string>();
  const roleName = (code: string) => roles.find((role) => role.code === code)?.name ?? code;
  const isSelf = session.person.id === person.id;
  // Nobody assigns roles to themselves, except the administrator, who hands out the first ones.
  const mayAssign = person.active && (!isSelf || session.person.isAdministrator);

  return (
    <Stack gap="xl" maw={1100}>
      <PageTitle>{person.name}</PageTitle>
      <PersonDetails
        person={person}
        organisations={organisations}
        mayChangeAdministrator={session.person.isAdministrator}
        isSelf={isSelf}
      />
      <section aria-labelledby="roles-title">
        <Stack>
          <div>
            <Title order={2} id="roles-title" mb="xs">
              {t('title')}
            </Title>
            <Text>{t('lead')}</Text>
          </div>
          <DoneMessage>{message}</DoneMessage>
          <RoleAssignmentsTable
            assignments={assignments}
            roleName={roleName}
            mayRevoke={mayAssign}
            onRevoked={(code) => setMessage(t('revoke.done', { role: code }))}
          />
          {mayAssign && (
            <AssignRoleForm
              personId={person.id}
              organisations={organisations.filter((organisation) => organisation.status === 'active')}
              roleName={roleName}
              onAssigned={(code) => setMessage(t('assign.done', { role: code }))}
            />
          )}
        </Stack>
      </section>
    </Stack>
  );
}
