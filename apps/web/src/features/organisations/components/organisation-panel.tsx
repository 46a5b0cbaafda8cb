import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { OrganisationNode } from '@saimnieks/contracts/organisations';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { Fact } from '../../../components/ui/fact.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useArchiveOrganisation } from '../api/change-organisation.ts';
import { childKindsOf } from '../lib/forest.ts';
import { explainOrganisationProblem, OrganisationForm } from './organisation-form.tsx';

interface OrganisationPanelProps {
  organisation: OrganisationNode;
  forest: readonly OrganisationNode[];
  /** Whether to offer changes; the server still decides. */
  mayManage: boolean;
  /** Where the people of an organisation are listed. */
  peoplePath: (organisationId: string) => string;
  onSelect: (id: string) => void;
}

type Mode = 'view' | 'create' | 'edit';

/**
 * One organisation beside the tree: its facts and what may be done with it. Creating and editing happen in
 * place; afterwards the focus returns to the organisation's heading and a message says what happened.
 */
export function OrganisationPanel({ organisation, forest, mayManage, peoplePath, onSelect }: OrganisationPanelProps) {
  const { t } = useTranslation('organisations');
  const [mode, setMode] = useState<Mode>('view');
  const [message, setMessage] = useState<{ text: string; organisationId: string }>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(false);

  // Another organisation chosen in the tree: back to its facts.
  const [shownId, setShownId] = useState(organisation.id);
  if (shownId !== organisation.id) {
    setShownId(organisation.id);
    setMode('view');
  }
  useEffect(() => {
    if (mode !== 'view' || !focusHeading) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [mode, focusHeading]);

  const finish = (text?: string, organisationId = organisation.id) => {
    setMode('view');
    setMessage(text ? { text, organisationId } : undefined);
    setFocusHeading(true);
  };
  const change = (next: Mode) => {
    setMessage(undefined);
    setMode(next);
  };

  return (
    <Stack>
      <DoneMessage>{message?.organisationId === organisation.id ? message.text : undefined}</DoneMessage>
      {mode === 'create' && (
        <OrganisationForm
          mode="create"
          parent={organisation}
          forest={forest}
          onDone={(created) => {
            onSelect(created.id);
            finish(t('form.created', { name: created.name }), created.id);
          }}
          onCancel={() => finish()}
        />
      )}
      {mode === 'edit' && (
        <OrganisationForm
          mode="edit"
          organisation={organisation}
          forest={forest}
          onDone={() => finish(t('form.saved'))}
          onCancel={() => finish()}
        />
      )}
      {mode === 'view' && (
        <OrganisationFacts
          organisation={organisation}
          headingRef={headingRef}
          mayManage={mayManage}
          peoplePath={peoplePath}
          onChange={change}
          onArchived={(name) => finish(t('archive.done', { name }))}
        />
      )}
    </Stack>
  );
}

interface OrganisationFactsProps {
  organisation: OrganisationNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  mayManage: boolean;
  peoplePath: (organisationId: string) => string;
  onChange: (mode: Mode) => void;
  onArchived: (name: string) => void;
}

function OrganisationFacts({
  organisation,
  headingRef,
  mayManage,
  peoplePath,
  onChange,
  onArchived,
}: OrganisationFactsProps) {
  const { t } = useTranslation('organisations');
  const language = useLanguage();
  const [archiving, setArchiving] = useState(false);
  const archive = useArchiveOrganisation();
  const activeChildren = organisation.children.filter((child) => child.status === 'active').length;
  const archiveProblem = useFormProblem([], (problem) =>
    problem.code === 'has-active-children'
      ? t('archive.hasActiveChildren', { count: activeChildren })
      : explainOrganisationProblem(t)(problem),
  );

  const active = organisation.status === 'active';
  const none = (
    <Text span c="dimmed">
      {t('facts.none')}
    </Text>
  );
  const { contact } = organisation;
  const closeArchive = () => {
    setArchiving(false);
    archiveProblem.clear();
  };
  const confirmArchive = () =>
    archive.mutate(
      { id: organisation.id, body: { version: organisation.version } },
      {
        onSuccess: (archived) => {
          setArchiving(false);
          onArchived(archived.name);
        },
        onError: archiveProblem.show,
      },
    );

  return (
    <Stack>
      <Group gap="sm" align="center">
        <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
          {organisation.name}
        </Title>
        <Badge variant="outline" color={active ? 'teal.9' : 'gray.7'}>
          {t(`status.${organisation.status}`)}
        </Badge>
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
        <Fact term={t('facts.kind')}>{t(`kinds.${organisation.kind}`)}</Fact>
        <Fact term={t('facts.shortName')}>{organisation.shortName ?? none}</Fact>
        <Fact term={t('facts.registrationNumber')}>{organisation.registrationNumber ?? none}</Fact>
        {organisation.kind === 'municipality' && <Fact term={t('facts.atuCode')}>{organisation.atuCode ?? none}</Fact>}
        <Fact term={t('facts.email')}>
          {contact.email ? <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor> : none}
        </Fact>
        <Fact term={t('facts.phone')}>{contact.phone ?? none}</Fact>
        <Fact term={t('facts.address')}>{contact.address ?? none}</Fact>
        <Fact term={t('facts.website')}>
          {contact.website ? (
            <Anchor href={contact.website} target="_blank" rel="noreferrer">
              {contact.website}
            </Anchor>
          ) : (
            none
          )}
        </Fact>
        <Fact term={t('facts.version')}>{organisation.version}</Fact>
        <Fact term={t('facts.updatedAt')}>{formatInstant(organisation.updatedAt, language)}</Fact>
      </SimpleGrid>
      {mayManage && active && (
        <Group>
          {childKindsOf(organisation.kind).length > 0 && (
            <Button onClick={() => onChange('create')}>{t('actions.createChild')}</Button>
          )}
          <Button variant="default" onClick={() => onChange('edit')}>
            {t('actions.edit')}
          </Button>
          {organisation.kind !== 'state' && (
            <Button variant="outline" color="red.9" onClick={() => setArchiving(true)}>
              {t('actions.archive')}
            </Button>
          )}
        </Group>
      )}
      <Anchor component={Link} to={peoplePath(organisation.id)}>
        {t('actions.people')}
      </Anchor>
      <ConfirmDialog
        opened={archiving}
        title={t('archive.title')}
        confirmLabel={t('archive.confirm')}
        danger
        busy={archive.isPending}
        onConfirm={confirmArchive}
        onClose={closeArchive}
      >
        <Stack>
          <ProblemSummary problem={archiveProblem} />
          <Text>{t('archive.text', { name: organisation.name })}</Text>
        </Stack>
      </ConfirmDialog>
    </Stack>
  );
}
