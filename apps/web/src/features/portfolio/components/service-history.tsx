import { Alert, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { DescriptionVersionSummary, Transition } from '@saimnieks/contracts/services';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { ApiProblem } from '../../../lib/api.ts';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useDescriptionDiff } from '../api/get-description-diff.ts';
import { DescriptionDiff } from './description-diff.tsx';

interface ServiceHistoryProps {
  serviceId: string;
  transitions: readonly Transition[];
  /** Newest first. */
  versions: readonly DescriptionVersionSummary[];
  /** Two versions to compare at once (a link from the review queue). */
  initialCompare?: { from: number; to: number } | undefined;
}

/** The lifecycle with who, when and why; every description version; and the differences between any two. */
export function ServiceHistory({ serviceId, transitions, versions, initialCompare }: ServiceHistoryProps) {
  const { t } = useTranslation('portfolio');
  return (
    <Stack gap="xl">
      <section aria-labelledby="transitions-title">
        <Title order={2} size="h3" id="transitions-title" mb="sm">
          {t('history.transitions')}
        </Title>
        <TransitionTable transitions={transitions} />
      </section>
      <section aria-labelledby="versions-title">
        <Title order={2} size="h3" id="versions-title" mb="sm">
          {t('history.versions')}
        </Title>
        <VersionTable versions={versions} />
      </section>
      <section aria-labelledby="compare-title">
        <Title order={2} size="h3" id="compare-title" mb="sm">
          {t('history.compare')}
        </Title>
        <CompareVersions serviceId={serviceId} versions={versions} initial={initialCompare} />
      </section>
    </Stack>
  );
}

function TransitionTable({ transitions }: { transitions: readonly Transition[] }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{t('history.transitionsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('history.at')}</Table.Th>
            <Table.Th scope="col">{t('history.from')}</Table.Th>
            <Table.Th scope="col">{t('history.to')}</Table.Th>
            <Table.Th scope="col">{t('history.by')}</Table.Th>
            <Table.Th scope="col">{t('history.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transitions.map((transition) => (
            <Table.Tr key={`${transition.at}-${transition.to}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(transition.at, language)}</Table.Td>
              <Table.Td>{transition.from ? t(`stage.${transition.from}`) : t('history.created')}</Table.Td>
              <Table.Td>{t(`stage.${transition.to}`)}</Table.Td>
              <Table.Td>{transition.by?.name ?? t('history.system')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{transition.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function VersionTable({ versions }: { versions: readonly DescriptionVersionSummary[] }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const who = (person: { name: string } | null, instant: string | null) =>
    person && instant ? `${person.name}, ${formatInstant(instant, language)}` : '';
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped>
        <Table.Caption>{t('history.versionsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('history.number')}</Table.Th>
            <Table.Th scope="col">{t('history.status')}</Table.Th>
            <Table.Th scope="col">{t('history.createdBy')}</Table.Th>
            <Table.Th scope="col">{t('history.submittedBy')}</Table.Th>
            <Table.Th scope="col">{t('history.reviewedBy')}</Table.Th>
            <Table.Th scope="col">{t('history.publishedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((version) => (
            <Table.Tr key={version.number}>
              <Table.Td>{version.number}</Table.Td>
              <Table.Td>{t(`descriptionStatus.${version.status}`)}</Table.Td>
              <Table.Td>{who(version.createdBy, version.createdAt)}</Table.Td>
              <Table.Td>{who(version.submittedBy, version.submittedAt)}</Table.Td>
              <Table.Td>
                {who(version.reviewedBy, version.reviewedAt)}
                {version.reviewNote && (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {t('history.note', { note: version.reviewNote })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{who(version.publishedBy, version.publishedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface CompareVersionsProps {
  serviceId: string;
  versions: readonly DescriptionVersionSummary[];
  initial: { from: number; to: number } | undefined;
}

/** Any two versions side by side, as the server's diff of their content. */
function CompareVersions({ serviceId, versions, initial }: CompareVersionsProps) {
  const { t } = useTranslation(['portfolio', 'app']);
  const [newest, previous] = versions;
  const [from, setFrom] = useState(String(initial?.from ?? previous?.number ?? ''));
  const [to, setTo] = useState(String(initial?.to ?? newest?.number ?? ''));
  const [compared, setCompared] = useState(initial);
  const diff = useDescriptionDiff(serviceId, compared);

  if (versions.length < 2) return <Text>{t('history.compareNeedsTwo')}</Text>;
  const options = versions.map((version) => ({
    value: String(version.number),
    label: t('history.versionOption', { number: version.number, status: t(`descriptionStatus.${version.status}`) }),
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to) setCompared({ from: Number(from), to: Number(to) });
  };

  return (
    <Stack>
      <form onSubmit={submit} aria-labelledby="compare-title">
        <Group align="flex-end">
          <Select
            label={t('history.compareFrom')}
            data={options}
            value={from}
            onChange={(value) => setFrom(value ?? '')}
            allowDeselect={false}
            w={{ base: '100%', xs: 240 }}
          />
          <Select
            label={t('history.compareTo')}
            data={options}
            value={to}
            onChange={(value) => setTo(value ?? '')}
            allowDeselect={false}
            w={{ base: '100%', xs: 240 }}
          />
          <Button type="submit">{t('history.compareSubmit')}</Button>
        </Group>
      </form>
      <div aria-live="polite">
        {diff.isFetching ? (
          <LoadingState />
        ) : diff.isError ? (
          <Alert
            color="red"
            variant="light"
            title={diff.error instanceof ApiProblem ? diff.error.problem.title : t('app:problems.unreachable')}
          />
        ) : diff.data ? (
          <DescriptionDiff diff={diff.data} />
        ) : null}
      </div>
    </Stack>
  );
}
