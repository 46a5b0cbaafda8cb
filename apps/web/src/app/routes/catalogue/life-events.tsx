import { Anchor, Stack, Text, Title } from '@mantine/core';
import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import { labelOf } from '@saimnieks/contracts/reference/code-list';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useCatalogueFacets } from '../../../features/catalogue/api/get-catalogue-facets.ts';
import { type EventEntry, EventList } from '../../../features/catalogue/components/event-list.tsx';
import { filterCountOf } from '../../../features/catalogue/lib/facet-counts.ts';
import { cataloguePaths } from '../../../features/catalogue/paths.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/** `/catalogue/life-events`: the life events of people and of businesses, each leading to its services. */
export function CatalogueLifeEventsPage() {
  const { t } = useTranslation('catalogue');
  const language = useLanguage();
  const byLabel = (a: EventEntry, b: EventEntry) => a.label.localeCompare(b.label, language);
  const { data: facets } = useCatalogueFacets({});
  const countOf = facets && filterCountOf(facets);

  const lifeEvents: EventEntry[] = LIFE_EVENTS.map(({ code }) => ({
    code,
    label: labelOf(LIFE_EVENTS, code, language) ?? code,
    path: cataloguePaths.searchFor({ lifeEvent: code }),
    count: countOf?.('lifeEvent', code),
  })).sort(byLabel);
  const businessEvents: EventEntry[] = BUSINESS_EVENTS.map(({ code }) => ({
    code,
    label: labelOf(BUSINESS_EVENTS, code, language) ?? code,
    path: cataloguePaths.searchFor({ businessEvent: code }),
    count: countOf?.('businessEvent', code),
  })).sort(byLabel);

  return (
    <Stack gap="xl" maw={1100}>
      <div>
        <PageTitle>{t('lifeEvents.title')}</PageTitle>
        <Text size="lg">{t('lifeEvents.lead')}</Text>
        <Anchor component={Link} to={cataloguePaths.search} mt="xs" display="inline-block">
          {t('lifeEvents.all')}
        </Anchor>
      </div>
      <section aria-labelledby="life-events-people">
        <Title order={2} id="life-events-people" mb="sm">
          {t('lifeEvents.people')}
        </Title>
        <EventList events={lifeEvents} />
      </section>
      <section aria-labelledby="life-events-business">
        <Title order={2} id="life-events-business" mb="sm">
          {t('lifeEvents.business')}
        </Title>
        <EventList events={businessEvents} />
      </section>
    </Stack>
  );
}
