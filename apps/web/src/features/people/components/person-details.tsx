import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Person } from '@saimnieks/contracts/people';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { Fact } from '../../../components/ui/fact.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import {
  useDeactivatePerson,
  useReactivatePerson,
  useResendInvitation,
  useSetAdministrator,
  useUpdatePerson,
} from '../api/change-person.ts';
import { explainPersonProblem } from '../lib/explain-person-problem.ts';
import type { OrganisationChoice } from './people-filters.tsx';
import { missingPersonFields, PERSON_FIELDS, PersonFields, type PersonValues } from './person-fields.tsx';
import { PersonStatus } from './person-status.tsx';

interface PersonDetailsProps {
  person: Person;
  organisations: readonly OrganisationChoice[];
  /** Only an administrator grants or revokes the administrator capability. */
  mayChangeAdministrator: boolean;
  isSelf: boolean;
}

type Confirming = 'deactivate' | 'administrator' | null;

/** A person's details, editing them in place, and the changes of their account's state. */
export function PersonDetails({ person, organisations, mayChangeAdministrator, isSelf }: PersonDetailsProps) {
  const { t } = useTranslation('people');
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string>();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(false);
  const deactivate = useDeactivatePerson();
  const reactivate = useReactivatePerson();
  const resend = useResendInvitation();
  const setAdministrator = useSetAdministrator();
  const actionProblem = useFormProblem([], explainPersonProblem(t));
  const organisationName = organisations.find(({ id }) => id === person.organisationId)?.name ?? person.organisationId;

  useEffect(() => {
    if (editing || !focusHeading) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [editing, focusHeading]);

  const done = (text?: string) => {
    setEditing(false);
    setConfirming(null);
    setMessage(text);
    setFocusHeading(true);
    actionProblem.clear();
  };
  const failed = (error: unknown) => {
    setConfirming(null);
    actionProblem.show(error);
  };
  const busy = deactivate.isPending || reactivate.isPending || resend.isPending || setAdministrator.isPending;
  const { id, version } = person;

  return (
    <Stack>
      <DoneMessage>{message}</DoneMessage>
      <ProblemSummary problem={actionProblem} />
      {editing ? (
        <PersonForm
          person={person}
          organisations={organisations}
          onDone={() => done(t('person.saved'))}
          onCancel={() => done()}
        />
      ) : (
        <section aria-labelledby="person-facts">
          <Title order={2} size="h3" id="person-facts" ref={headingRef} tabIndex={-1} mb="sm">
            {t('person.facts')}
          </Title>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
            <Fact term={t('person.email')}>{person.email}</Fact>
            <Fact term={t('person.organisation')}>{organisationName}</Fact>
            <Fact term={t('person.status')}>
              <PersonStatus person={person} />
            </Fact>
            <Fact term={t('person.password')}>
              {person.passwordSet ? t('person.passwordSet') : t('person.passwordNotSet')}
            </Fact>
            <Fact term={t('person.administrator')}>{person.isAdministrator ? t('person.yes') : t('person.no')}</Fact>
            <Fact term={t('person.createdAt')}>{formatInstant(person.createdAt, language)}</Fact>
          </SimpleGrid>
          <Group mt="md">
            <Button
              variant="default"
              onClick={() => {
                setMessage(undefined);
                setEditing(true);
              }}
              disabled={!person.active}
            >
              {t('person.edit')}
            </Button>
            {person.active && !person.passwordSet && (
              <Button
                variant="default"
                loading={resend.isPending}
                disabled={busy}
                onClick={() =>
                  resend.mutate(id, {
                    onSuccess: () => done(t('person.resent', { email: person.email })),
                    onError: failed,
                  })
                }
              >
                {t('person.resend')}
              </Button>
            )}
            {mayChangeAdministrator && person.active && (
              <Button variant="default" disabled={busy} onClick={() => setConfirming('administrator')}>
                {person.isAdministrator ? t('person.revokeAdministrator') : t('person.grantAdministrator')}
              </Button>
            )}
            {person.active && !isSelf && (
              <Button variant="outline" color="red.9" disabled={busy} onClick={() => setConfirming('deactivate')}>
                {t('person.deactivate')}
              </Button>
            )}
            {!person.active && (
              <Button
                loading={reactivate.isPending}
                onClick={() =>
                  reactivate.mutate(
                    { id, version },
                    { onSuccess: () => done(t('person.reactivated', { name: person.name })), onError: failed },
                  )
                }
              >
                {t('person.reactivate')}
              </Button>
            )}
          </Group>
        </section>
      )}
      <ConfirmDialog
        opened={confirming === 'deactivate'}
        title={t('person.deactivateTitle')}
        confirmLabel={t('person.deactivate')}
        danger
        busy={deactivate.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() =>
          deactivate.mutate(
            { id, version },
            { onSuccess: () => done(t('person.deactivated', { name: person.name })), onError: failed },
          )
        }
      >
        {t('person.deactivateText', { name: person.name })}
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirming === 'administrator'}
        title={t('person.administratorTitle')}
        confirmLabel={person.isAdministrator ? t('person.revokeAdministrator') : t('person.grantAdministrator')}
        danger={person.isAdministrator}
        busy={setAdministrator.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() =>
          setAdministrator.mutate(
            { id, version, isAdministrator: !person.isAdministrator },
            { onSuccess: () => done(t('person.administratorChanged')), onError: failed },
          )
        }
      >
        {person.isAdministrator
          ? t('person.revokeText', { name: person.name })
          : t('person.grantText', { name: person.name })}
      </ConfirmDialog>
    </Stack>
  );
}

interface PersonFormProps {
  person: Person;
  organisations: readonly OrganisationChoice[];
  onDone: () => void;
  onCancel: () => void;
}

function PersonForm({ person, organisations, onDone, onCancel }: PersonFormProps) {
  const { t } = useTranslation('people');
  const update = useUpdatePerson();
  const [values, setValues] = useState<PersonValues>({
    name: person.name,
    email: person.email,
    organisationId: person.organisationId,
  });
  const problem = useFormProblem(PERSON_FIELDS, explainPersonProblem(t));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingPersonFields(values, problem.requiredText);
    if (Object.keys(missing).length > 0 || !values.organisationId) return problem.showFields(missing);
    problem.clear();
    const body = {
      version: person.version,
      ...(values.name.trim() !== person.name ? { name: values.name.trim() } : {}),
      ...(values.email.trim() !== person.email ? { email: values.email.trim() } : {}),
      ...(values.organisationId !== person.organisationId ? { organisationId: values.organisationId } : {}),
    };
    update.mutate({ id: person.id, body }, { onSuccess: onDone, onError: problem.show });
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate aria-labelledby="person-form-title">
      <Stack>
        <Title order={2} size="h3" id="person-form-title" ref={headingRef} tabIndex={-1}>
          {t('person.editTitle')}
        </Title>
        <ProblemSummary problem={problem} />
        <PersonFields values={values} onChange={setValues} organisations={organisations} problem={problem} />
        <Text size="sm" c="dimmed">
          {t('person.version')}: {person.version}
        </Text>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('person.save')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={update.isPending}>
            {t('person.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
