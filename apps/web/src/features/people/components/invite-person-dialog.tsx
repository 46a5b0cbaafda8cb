import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Person } from '@saimnieks/contracts/people';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useInvitePerson } from '../api/change-person.ts';
import { explainPersonProblem } from '../lib/explain-person-problem.ts';
import type { OrganisationChoice } from './people-filters.tsx';
import { missingPersonFields, PERSON_FIELDS, PersonFields, type PersonValues } from './person-fields.tsx';

interface InvitePersonDialogProps {
  opened: boolean;
  organisations: readonly OrganisationChoice[];
  defaultOrganisationId: string | undefined;
  onClose: () => void;
  onInvited: (person: Person) => void;
}

/** Name, email and organisation of a new person, who then gets a one-time link to set a password. */
export function InvitePersonDialog(props: InvitePersonDialogProps) {
  const { t } = useTranslation(['people', 'app']);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('invite.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app:dialog.close') }}
    >
      {/* Mounted only while open, so that each invitation starts from an empty form. */}
      {props.opened && <InvitePersonForm {...props} />}
    </Modal>
  );
}

function InvitePersonForm({ organisations, defaultOrganisationId, onClose, onInvited }: InvitePersonDialogProps) {
  const { t } = useTranslation('people');
  const invite = useInvitePerson();
  const [values, setValues] = useState<PersonValues>({
    name: '',
    email: '',
    organisationId: defaultOrganisationId ?? null,
  });
  const problem = useFormProblem(PERSON_FIELDS, explainPersonProblem(t));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingPersonFields(values, problem.requiredText);
    if (Object.keys(missing).length > 0 || !values.organisationId) return problem.showFields(missing);
    problem.clear();
    invite.mutate(
      { name: values.name.trim(), email: values.email.trim(), organisationId: values.organisationId },
      { onSuccess: onInvited, onError: problem.show },
    );
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('invite.lead')}</Text>
        <ProblemSummary problem={problem} />
        <PersonFields values={values} onChange={setValues} organisations={organisations} problem={problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={invite.isPending}>
            {t('invite.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {t('invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
