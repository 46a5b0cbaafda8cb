import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import { type CodeListEntry, labelOf } from '@saimnieks/contracts/reference/code-list';
import { SERVICE_LANGUAGES } from '@saimnieks/contracts/reference/languages';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { THEMES } from '@saimnieks/contracts/reference/themes';
import type { ServiceDescriptionContent } from '@saimnieks/contracts/services';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact } from '../../../components/ui/fact.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { useServiceChoices } from '../api/list-services.ts';
import { localText } from '../lib/local-text.ts';
import { portfolioPaths } from '../paths.ts';
import { MarkdownText } from './markdown-text.tsx';

interface DescriptionViewProps {
  content: ServiceDescriptionContent;
  /** The name of an organisation that provides the service. */
  organisationName: (id: string) => string;
}

/** A description as the catalogue will show it, in the reader's language, Latvian where English is missing. */
export function DescriptionView({ content, organisationName }: DescriptionViewProps) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const codes = (list: readonly CodeListEntry[], values: readonly string[]) =>
    values.map((code) => labelOf(list, code, language) ?? code);
  const fullDescription = (language === 'en' && content.description.en) || content.description.lv;

  return (
    <Stack gap="lg">
      <div>
        <Title order={3} size="h3">
          {localText(content.title, language)}
        </Title>
        <Text size="lg">{localText(content.shortDescription, language)}</Text>
      </div>
      {fullDescription.trim() && <MarkdownText source={fullDescription} headingOffset={3} />}
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="sm" m={0}>
        <Fact term={t('fields.audience')}>
          <Values values={content.audience.map((value) => t(`audience.${value}`))} />
        </Fact>
        <Fact term={t('fields.lifeEvents')}>
          <Values values={codes(LIFE_EVENTS, content.lifeEvents)} />
        </Fact>
        <Fact term={t('fields.businessEvents')}>
          <Values values={codes(BUSINESS_EVENTS, content.businessEvents)} />
        </Fact>
        <Fact term={t('fields.themes')}>
          <Values values={codes(THEMES, content.themes)} />
        </Fact>
        <Fact term={t('description.keywordsLv')}>
          <Values values={content.keywords.lv} />
        </Fact>
        <Fact term={t('description.keywordsEn')}>
          <Values values={content.keywords.en} />
        </Fact>
        <Fact term={t('fields.languages')}>
          <Values values={codes(SERVICE_LANGUAGES, content.languages)} />
        </Fact>
        <Fact term={t('fields.spatialCoverage')}>
          {content.spatialCoverage.nationwide ? (
            t('description.nationwide')
          ) : (
            <Values values={codes(MUNICIPALITIES, content.spatialCoverage.municipalities)} />
          )}
        </Fact>
      </SimpleGrid>
      <NamedItems title={t('fields.inputs')} items={content.inputs} />
      <NamedItems title={t('fields.outputs')} items={content.outputs} />
      <NamedItems title={t('fields.requirements')} items={content.requirements} />
      <NamedItems title={t('fields.rules')} items={content.rules} />
      <Part title={t('fields.contactPoints')} empty={content.contactPoints.length === 0}>
        <List spacing="xs">
          {content.contactPoints.map((point) => (
            <List.Item key={[point.email, point.phone, point.url].join()}>
              {[point.email, point.phone].filter(Boolean).join(', ')}
              {point.url && (
                <>
                  {(point.email || point.phone) && ', '}
                  <Anchor href={point.url} target="_blank" rel="noopener noreferrer">
                    {point.url}
                  </Anchor>
                </>
              )}
              {point.openingHours && ` (${localText(point.openingHours, language)})`}
            </List.Item>
          ))}
        </List>
      </Part>
      <Part title={t('fields.providers')} empty={content.providers.length === 0}>
        <List spacing="xs">
          {content.providers.map((provider) => (
            <List.Item key={`${provider.organisationId}-${provider.role}`}>
              {organisationName(provider.organisationId)}: {t(`participationRole.${provider.role}`)}
              {provider.description && ` (${localText(provider.description, language)})`}
            </List.Item>
          ))}
        </List>
      </Part>
      <RelatedServices title={t('fields.relatedServices')} ids={content.relatedServices} />
      <RelatedServices title={t('fields.requiredServices')} ids={content.requiredServices} />
    </Stack>
  );
}

function Values({ values }: { values: readonly string[] }) {
  const { t } = useTranslation('portfolio');
  if (values.length === 0) {
    return (
      <Text span c="dimmed">
        {t('description.empty')}
      </Text>
    );
  }
  return (
    <Group gap={6} component="span">
      {values.map((value) => (
        <Badge key={value} variant="outline" color="gray" tt="none" component="span">
          {value}
        </Badge>
      ))}
    </Group>
  );
}

function Part({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation('portfolio');
  return (
    <section>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {empty ? <Text c="dimmed">{t('description.empty')}</Text> : children}
    </section>
  );
}

function NamedItems({ title, items }: { title: string; items: ServiceDescriptionContent['inputs'] }) {
  const language = useLanguage();
  return (
    <Part title={title} empty={items.length === 0}>
      <List spacing="xs">
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an item has no identity beyond its place in the list
          <List.Item key={index}>
            <Text span fw={500}>
              {localText(item.name, language)}
            </Text>
            {item.description && <Text size="sm">{localText(item.description, language)}</Text>}
          </List.Item>
        ))}
      </List>
    </Part>
  );
}

function RelatedServices({ title, ids }: { title: string; ids: readonly string[] }) {
  return (
    <Part title={title} empty={ids.length === 0}>
      {ids.length > 0 && <RelatedServiceLinks ids={ids} />}
    </Part>
  );
}

/** Apart, so that the services are looked up only when there are some to name. */
function RelatedServiceLinks({ ids }: { ids: readonly string[] }) {
  const choices = useServiceChoices();
  return (
    <List spacing="xs">
      {ids.map((id) => {
        const related = choices.find((service) => service.id === id);
        return (
          <List.Item key={id}>
            <Anchor component={Link} to={portfolioPaths.service(id)}>
              {related ? `${related.identifier} ${related.title}` : id}
            </Anchor>
          </List.Item>
        );
      })}
    </List>
  );
}
