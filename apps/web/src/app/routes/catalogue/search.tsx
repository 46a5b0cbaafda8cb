import { Anchor, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useCatalogueFacets } from '../../../features/catalogue/api/get-catalogue-facets.ts';
import { useCatalogueSearch } from '../../../features/catalogue/api/search-catalogue.ts';
import { CatalogueResults } from '../../../features/catalogue/components/catalogue-results.tsx';
import { CatalogueSearchForm } from '../../../features/catalogue/components/catalogue-search-form.tsx';
import {
  activeFilterCount,
  type CatalogueSearch,
  paramsFromSearch,
  searchFromParams,
} from '../../../features/catalogue/lib/catalogue-query.ts';
import { filterCountOf, institutionsOf } from '../../../features/catalogue/lib/facet-counts.ts';
import { cataloguePaths } from '../../../features/catalogue/paths.ts';

/**
 * `/catalogue?q=&lifeEvent=&…&page=`: the search lives in the address, so that results can be linked and the back
 * button returns to the previous search.
 */
export function CatalogueSearchPage() {
  const { t } = useTranslation('catalogue');
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const { page: _page, ...query } = search;
  const results = useCatalogueSearch(search);
  const facets = useCatalogueFacets(query);
  // Every institution with services stays in its list whatever else is chosen (with a count of 0); without words or
  // filters the two are one request.
  const catalogue = useCatalogueFacets({});
  const institutions = institutionsOf(catalogue.data, facets.data);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  // The page stays where the reader is: a filter chosen halfway down does not throw them back to the top.
  const go = (next: Omit<CatalogueSearch, 'page'>) =>
    setParams(paramsFromSearch({ ...next, page: 1 }), { preventScrollReset: true });
  const goToPage = (page: number) => {
    setParams(paramsFromSearch({ ...search, page }), { preventScrollReset: true });
    // The reader starts again at the top of the new page of results.
    resultsHeading.current?.focus({ preventScroll: true });
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <PageTitle>{t('title')}</PageTitle>
        <Text size="lg">{t('lead')}</Text>
        <Anchor component={Link} to={cataloguePaths.lifeEvents} mt="xs" display="inline-block">
          {t('browseByLifeEvent')}
        </Anchor>
      </div>
      <CatalogueSearchForm
        search={search}
        institutions={institutions}
        countOf={facets.data && filterCountOf(facets.data)}
        onSearch={go}
      />
      <CatalogueResults
        result={results.data}
        error={results.error}
        updating={results.isPlaceholderData}
        filtered={activeFilterCount(search) > 0}
        searchKey={params.toString()}
        headingRef={resultsHeading}
        onPage={goToPage}
        onClearFilters={() => go({ q: search.q })}
        onRetry={() => void results.refetch()}
      />
    </Stack>
  );
}
