import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import { type CodeListEntry, labelOf } from '@saimnieks/contracts/reference/code-list';
import { SERVICE_LANGUAGES } from '@saimnieks/contracts/reference/languages';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { THEMES } from '@saimnieks/contracts/reference/themes';
import type { ServiceDescriptionContent } from '@saimnieks/contracts/services';
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
  const namedItems = (items: ServiceDescriptionContent['inputs']) => (
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
  );
  /** The lists of the description; the empty ones are named together at the end, so that gaps show at a glance. */
  const parts = [
    { key: 'inputs', empty: content.inputs.length === 0, body: namedItems(content.inputs) },
    { key: 'outputs', empty: content.outputs.length === 0, body: namedItems(content.outputs) },
    { key: 'requirements', empty: content.requirements.length === 0, body: namedItems(content.requirements) },
    { key: 'rules', empty: content.rules.length === 0, body: namedItems(content.rules) },
    {
      key: 'contactPoints',
      empty: content.contactPoints.length === 0,
      body: (
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
      ),
    },
    {
      key: 'providers',
      empty: content.providers.length === 0,
      body: (
        <List spacing="xs">
          {content.providers.map((provider) => (
            <List.Item key={`${provider.organisationId}-${provider.role}`}>
              {organisationName(provider.organisationId)}: {t(`participationRole.${provider.role}`)}
              {provider.description && ` (${localText(provider.description, language)})`}
            </List.Item>
          ))}
        </List>
      ),
    },
    {
      key: 'relatedServices',
      empty: content.relatedServices.length === 0,
      body: <RelatedServiceLinks ids={content.relatedServices} />,
    },
    {
      key: 'requiredServices',
      empty: content.requiredServices.length === 0,
      body: <RelatedServiceLinks ids={content.requiredServices} />,
    },
  ] as const;
  const missing = parts.filter((part) => part.empty);

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
      {parts
        .filter((part) => !part.empty)
        .map((part) => (
          <section key={part.key}>
            <Title order={3} size="h4" mb="xs">
              {t(`fields.${part.key}`)}
            </Title>
            {part.body}
          </section>
        ))}
      {missing.length > 0 && (
        <Text c="dimmed">
          {t('description.missing', {
            parts: missing.map((part) => t(`fields.${part.key}`).toLocaleLowerCase(language)).join(', '),
          })}
        </Text>
      )}
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
