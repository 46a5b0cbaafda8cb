import { Anchor, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useOrganisationChoices } from '../../../features/organisations/api/list-organisations.ts';
import { peoplePaths } from '../../../features/people/paths.ts';
import { useDescription } from '../../../features/portfolio/api/get-description.ts';
import { useService } from '../../../features/portfolio/api/get-service.ts';
import { usePortfolioSettings } from '../../../features/portfolio/api/get-settings.ts';
import { useDescriptions } from '../../../features/portfolio/api/list-descriptions.ts';
import { useTransitions } from '../../../features/portfolio/api/list-transitions.ts';
import { AssureDialog } from '../../../features/portfolio/components/assure-dialog.tsx';
import { ChannelList } from '../../../features/portfolio/components/channel-list.tsx';
import { CostTable } from '../../../features/portfolio/components/cost-table.tsx';
import { DescriptionView } from '../../../features/portfolio/components/description-view.tsx';
import { LegalBasisList } from '../../../features/portfolio/components/legal-basis-list.tsx';
import { ServiceFacts } from '../../../features/portfolio/components/service-facts.tsx';
import { ServiceHistory } from '../../../features/portfolio/components/service-history.tsx';
import { ServicePeople } from '../../../features/portfolio/components/service-people.tsx';
import { TransitionDialog } from '../../../features/portfolio/components/transition-dialog.tsx';
import { WorkingVersion } from '../../../features/portfolio/components/working-version.tsx';
import { portfolioPaths, SERVICE_TABS, type ServiceTab } from '../../../features/portfolio/paths.ts';
import { ServiceNeeds } from '../../../features/recipients/components/service-needs.tsx';
import { formatDay, formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/**
 * `/portfolio/services/:id?tab=`: one service, its description and what comes next, in tabs, with the needs of
 * recipient groups that it meets.
 */
export function ServicePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('portfolio');
  const service = useService(id);
  const settings = usePortfolioSettings();
  const descriptions = useDescriptions(id);
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [message, setMessage] = useState<string | undefined>((location.state as { message?: string } | null)?.message);
  const [moving, setMoving] = useState(false);
  const [assuring, setAssuring] = useState(false);
  const tab: ServiceTab = SERVICE_TABS.find((candidate) => candidate === params.get('tab')) ?? 'description';
  const working = descriptions.find((version) => version.number === service.workingVersion?.number);
  const compare =
    Number(params.get('from')) && Number(params.get('to'))
      ? { from: Number(params.get('from')), to: Number(params.get('to')) }
      : undefined;
  const language = useLanguage();
  const done = (text: string) => setMessage(text);

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Anchor component={Link} to={portfolioPaths.portfolio} size="sm">
          {t('service.backToPortfolio')}
        </Anchor>
        <Text c="dimmed" ff="monospace" mt="xs">
          {service.identifier}
        </Text>
        <PageTitle>{service.title}</PageTitle>
      </div>
      <DoneMessage>{message}</DoneMessage>
      <section aria-labelledby="service-facts">
        <Title order={2} size="h3" id="service-facts" mb="sm">
          {t('service.facts')}
        </Title>
        <ServiceFacts service={service} managementDegrees={settings.managementDegrees} />
      </section>
      <Group gap="sm">
        {service.may.changePortfolio && service.allowedTransitions.length > 0 && (
          <Button
            variant="default"
            onClick={() => {
              setMessage(undefined);
              setMoving(true);
            }}
          >
            {t('board.changeStage')}
          </Button>
        )}
        {service.may.describe && service.publishedVersion !== null && (
          <Button
            variant="default"
            onClick={() => {
              setMessage(undefined);
              setAssuring(true);
            }}
          >
            {t('assure.open')}
          </Button>
        )}
      </Group>
      <Tabs
        value={tab}
        onChange={(next) => {
          const chosen = SERVICE_TABS.find((candidate) => candidate === next) ?? 'description';
          setParams(chosen === 'description' ? {} : { tab: chosen }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('service.tabs')}>
          {SERVICE_TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Suspense fallback={<LoadingState />}>
          <Tabs.Panel value="description" pt="md">
            <Stack gap="lg">
              <WorkingVersion service={service} working={working} onDone={done} />
              <ShownDescription
                serviceId={service.id}
                published={service.publishedVersion}
                working={working?.number}
                part="description"
              />
            </Stack>
          </Tabs.Panel>
          {(['channels', 'costs', 'legal'] as const).map((part) => (
            <Tabs.Panel key={part} value={part} pt="md">
              <ShownDescription
                serviceId={service.id}
                published={service.publishedVersion}
                working={working?.number}
                part={part}
              />
            </Tabs.Panel>
          ))}
          <Tabs.Panel value="needs" pt="md">
            <ServiceNeeds serviceId={service.id} />
          </Tabs.Panel>
          <Tabs.Panel value="people" pt="md">
            <ServicePeople service={service} personPath={peoplePaths.person} peoplePath={peoplePaths.list} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            <History serviceId={service.id} initialCompare={compare} />
          </Tabs.Panel>
        </Suspense>
      </Tabs>
      <TransitionDialog
        service={moving ? service : undefined}
        gates={settings.gates}
        onClose={() => setMoving(false)}
        onMoved={(moved) => {
          setMoving(false);
          done(t('transition.done', { identifier: moved.identifier, stage: t(`stage.${moved.stage}`) }));
        }}
      />
      <AssureDialog
        service={service}
        opened={assuring}
        onClose={() => setAssuring(false)}
        onAssured={(assured) => {
          setAssuring(false);
          done(t('assure.done', { day: assured.reviewBy ? formatDay(assured.reviewBy, language) : '' }));
        }}
      />
    </Stack>
  );
}

interface ShownDescriptionProps {
  serviceId: string;
  published: number | null;
  working: number | undefined;
  part: 'description' | 'channels' | 'costs' | 'legal';
}

/** The published description, or before there is one, the version being written, said to be such. */
function ShownDescription({ serviceId, published, working, part }: ShownDescriptionProps) {
  const number = published ?? working;
  if (number === undefined) return null;
  return <DescriptionPart serviceId={serviceId} number={number} unpublished={published === null} part={part} />;
}

function DescriptionPart({
  serviceId,
  number,
  unpublished,
  part,
}: {
  serviceId: string;
  number: number;
  unpublished: boolean;
  part: ShownDescriptionProps['part'];
}) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const description = useDescription(serviceId, number);
  const organisations = useOrganisationChoices();
  const { content } = description;
  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h3">
          {unpublished ? t('description.unpublishedTitle', { number }) : t('description.published', { number })}
        </Title>
        {unpublished ? (
          <Text size="sm">{t('description.unpublished', { number })}</Text>
        ) : (
          description.publishedBy &&
          description.publishedAt && (
            <Text size="sm" c="dimmed">
              {t('description.publishedAt', {
                name: description.publishedBy.name,
                at: formatInstant(description.publishedAt, language),
              })}
            </Text>
          )
        )}
      </div>
      {part === 'description' && (
        <DescriptionView
          content={content}
          organisationName={(id) => organisations.find((organisation) => organisation.id === id)?.name ?? id}
        />
      )}
      {part === 'channels' && <ChannelList channels={content.channels} />}
      {part === 'costs' && <CostTable costs={content.costs} channels={content.channels} />}
      {part === 'legal' && <LegalBasisList acts={content.legalBasis} />}
    </Stack>
  );
}

function History({
  serviceId,
  initialCompare,
}: {
  serviceId: string;
  initialCompare: { from: number; to: number } | undefined;
}) {
  const transitions = useTransitions(serviceId);
  const versions = useDescriptions(serviceId);
  return (
    <ServiceHistory
      serviceId={serviceId}
      transitions={transitions}
      versions={versions}
      initialCompare={initialCompare}
    />
  );
}
