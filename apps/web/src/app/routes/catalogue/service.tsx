import { Alert, Anchor, Breadcrumbs, Stack, Text } from '@mantine/core';
import type { CatalogueService } from '@saimnieks/contracts/catalogue';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useRouteError } from 'react-router';
import { z } from 'zod';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useCatalogueService } from '../../../features/catalogue/api/get-catalogue-service.ts';
import { ContactPoints } from '../../../features/catalogue/components/contact-points.tsx';
import { DescriptionHtml } from '../../../features/catalogue/components/description-html.tsx';
import { LegalActs } from '../../../features/catalogue/components/legal-acts.tsx';
import { NamedItems } from '../../../features/catalogue/components/named-items.tsx';
import { ServiceChannels } from '../../../features/catalogue/components/service-channels.tsx';
import { ServiceCosts } from '../../../features/catalogue/components/service-costs.tsx';
import { ServiceFacts } from '../../../features/catalogue/components/service-facts.tsx';
import { ServiceLinks } from '../../../features/catalogue/components/service-links.tsx';
import { ServiceProviders } from '../../../features/catalogue/components/service-providers.tsx';
import {
  ServiceContents,
  type ServiceSection,
  ServiceSections,
} from '../../../features/catalogue/components/service-sections.tsx';
import { useLocalText } from '../../../features/catalogue/hooks/use-local-text.ts';
import { cataloguePaths } from '../../../features/catalogue/paths.ts';
import { ApiProblem } from '../../../lib/api.ts';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { RouteError } from '../route-error.tsx';

/** `/catalogue/services/:id`: one published service, for the people who need it. */
export function CatalogueServicePage() {
  const { id = '' } = useParams();
  // An address that cannot be a service is not sent to the API, which would answer 400 rather than 404.
  if (!z.uuid().safeParse(id).success) return <ServiceNotFound />;
  return <PublishedService id={id} />;
}

function PublishedService({ id }: { id: string }) {
  const { t } = useTranslation('catalogue');
  const language = useLanguage();
  const local = useLocalText();
  const service = useCatalogueService(id);
  const title = local(service.titles);
  const sections = useSections(service);

  return (
    <Stack gap="xl" maw={960}>
      <Breadcrumbs component="nav" aria-label={t('service.breadcrumb')} separatorMargin={6}>
        <Anchor component={Link} to={cataloguePaths.search}>
          {t('title')}
        </Anchor>
        <Text component="span" aria-current="page" lang={title.lang} lineClamp={1}>
          {title.children}
        </Text>
      </Breadcrumbs>
      <Stack gap="xs">
        <div lang={title.lang}>
          <PageTitle>{title.children}</PageTitle>
        </div>
        <Text size="lg" {...local(service.content.shortDescription)} />
        <Text size="sm" c="dimmed">
          {t('service.identifier', { identifier: service.identifier })}
        </Text>
      </Stack>
      {service.cpsvStatus === 'under_development' && (
        <Alert color="orange" variant="light">
          {t('service.underDevelopment')}
        </Alert>
      )}
      <section aria-labelledby="service-facts-title">
        <Text component="h2" id="service-facts-title" fw={700} size="lg" mb="sm" mt={0}>
          {t('service.facts')}
        </Text>
        <ServiceFacts service={service} />
      </section>
      <ServiceContents sections={sections} />
      <ServiceSections sections={sections} />
      <Text size="sm" c="dimmed">
        {t('service.published', {
          version: service.publishedVersion,
          date: formatInstant(service.publishedAt, language),
        })}
      </Text>
    </Stack>
  );
}

/** The sections the description fills, in the order a reader needs them; empty ones are left out. */
function useSections(service: CatalogueService): ServiceSection[] {
  const { t } = useTranslation('catalogue');
  const local = useLocalText();
  const { content } = service;
  const description = service.descriptionHtml.trim();
  const candidates: (ServiceSection | false)[] = [
    description !== '' && {
      id: 'description',
      title: t('service.description'),
      content: <DescriptionHtml html={description} lang={local(content.description).lang} />,
    },
    content.requirements.length > 0 && {
      id: 'requirements',
      title: t('service.requirements'),
      content: <NamedItems items={content.requirements} />,
    },
    content.inputs.length > 0 && {
      id: 'inputs',
      title: t('service.inputs'),
      content: <NamedItems items={content.inputs} />,
    },
    content.channels.length > 0 && {
      id: 'channels',
      title: t('service.channels'),
      content: <ServiceChannels channels={content.channels} />,
    },
    content.costs.length > 0 && {
      id: 'costs',
      title: t('service.costs'),
      content: <ServiceCosts costs={content.costs} channels={content.channels} />,
    },
    content.outputs.length > 0 && {
      id: 'outputs',
      title: t('service.outputs'),
      content: <NamedItems items={content.outputs} />,
    },
    content.rules.length > 0 && {
      id: 'rules',
      title: t('service.rules'),
      content: <NamedItems items={content.rules} />,
    },
    service.requiredServices.length > 0 && {
      id: 'required-services',
      title: t('service.requiredServices'),
      content: (
        <>
          <Text mb="xs">{t('service.requiredLead')}</Text>
          <ServiceLinks services={service.requiredServices} />
        </>
      ),
    },
    {
      id: 'providers',
      title: t('service.providers'),
      content: <ServiceProviders service={service} />,
    },
    content.contactPoints.length > 0 && {
      id: 'contact',
      title: t('service.contactPoints'),
      content: <ContactPoints points={content.contactPoints} />,
    },
    content.legalBasis.length > 0 && {
      id: 'legal-basis',
      title: t('service.legalBasis'),
      content: <LegalActs acts={content.legalBasis} />,
    },
    service.relatedServices.length > 0 && {
      id: 'related-services',
      title: t('service.relatedServices'),
      content: <ServiceLinks services={service.relatedServices} />,
    },
  ];
  return candidates.filter((section): section is ServiceSection => section !== false);
}

function ServiceNotFound() {
  const { t } = useTranslation('catalogue');
  return (
    <Stack maw={760}>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Text>{t('notFound.text')}</Text>
      <Anchor component={Link} to={cataloguePaths.search}>
        {t('notFound.search')}
      </Anchor>
    </Stack>
  );
}

/** A service the catalogue does not have is a not-found page that leads back to the search; other errors as usual. */
export function CatalogueServiceError() {
  const error = useRouteError();
  if (error instanceof ApiProblem && error.status === 404) return <ServiceNotFound />;
  return <RouteError />;
}
