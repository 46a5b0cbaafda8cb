import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Pagination,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { CatalogueItem, CatalogueSearchResult } from '@saimnieks/contracts/catalogue';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LiveRegion } from '../../../components/ui/live-region.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { ApiProblem } from '../../../lib/api.ts';
import { PAGE_SIZE } from '../lib/catalogue-query.ts';
import { cataloguePaths } from '../paths.ts';
import { ChannelBadges } from './channel-badges.tsx';

/** The API answers at most 10,000 results deep. */
const MAX_PAGES = Math.floor(10_000 / PAGE_SIZE) + 1;

interface CatalogueResultsProps {
  result: CatalogueSearchResult | undefined;
  error: Error | null;
  /** Newer results are on their way; those shown are kept meanwhile. */
  updating: boolean;
  filtered: boolean;
  /** Changes with each search, so that its count is announced even when it is the same as the last one's. */
  searchKey: string;
  headingRef: Ref<HTMLHeadingElement>;
  onPage: (page: number) => void;
  onClearFilters: () => void;
  onRetry: () => void;
}

/**
 * The results under the form: how many were found (announced after each search), the services of this page, the
 * pages. With nothing found, advice on what to try instead.
 */
export function CatalogueResults({
  result,
  error,
  updating,
  filtered,
  searchKey,
  headingRef,
  onPage,
  onClearFilters,
  onRetry,
}: CatalogueResultsProps) {
  const { t } = useTranslation(['catalogue', 'app']);
  const heading = !result
    ? undefined
    : result.total === 0
      ? t('empty.title')
      : t('results.found', { count: result.total });

  return (
    <Stack gap="md" component="section" aria-labelledby="catalogue-results-title" aria-busy={updating}>
      <div>
        <Title order={2} size="h3" id="catalogue-results-title" ref={headingRef} tabIndex={-1}>
          {heading ?? t('results.title')}
        </Title>
        {/* Said once per search, when its results are in: a new node each time, so that a screen reader says it
            even when the count is the same as before. */}
        <LiveRegion>{heading && !updating && <VisuallyHidden key={searchKey}>{heading}</VisuallyHidden>}</LiveRegion>
      </div>
      {error && !result ? (
        <Alert color="red" variant="light" title={t('results.failed')}>
          <Text size="sm" mb="sm">
            {error instanceof ApiProblem ? error.problem.title : t('app:problems.unreachable')}
          </Text>
          <Button variant="default" size="compact-md" onClick={onRetry}>
            {t('results.retry')}
          </Button>
        </Alert>
      ) : !result ? (
        <LoadingState />
      ) : result.total === 0 ? (
        <NothingFound filtered={filtered} onClearFilters={onClearFilters} />
      ) : (
        <>
          {updating && <VisuallyHidden>{t('results.updating')}</VisuallyHidden>}
          <Stack
            component="ul"
            gap="sm"
            style={{ listStyle: 'none', margin: 0, padding: 0, opacity: updating ? 0.6 : 1 }}
          >
            {result.items.map((item) => (
              <ResultItem key={item.id} item={item} />
            ))}
          </Stack>
          <ResultPages result={result} onPage={onPage} />
        </>
      )}
    </Stack>
  );
}

function ResultItem({ item }: { item: CatalogueItem }) {
  const { t } = useTranslation('catalogue');
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Title order={3} size="h4" mb={4}>
        <Anchor component={Link} to={cataloguePaths.service(item.id)} fw={700}>
          {item.title}
        </Anchor>
      </Title>
      <Text mb="xs">{item.shortDescription}</Text>
      <Group justify="space-between" align="center" gap="xs">
        <Text size="sm" c="dimmed">
          <VisuallyHidden>{t('results.holder')}: </VisuallyHidden>
          {item.holder.name}
        </Text>
        <ChannelBadges types={item.channelTypes} />
      </Group>
    </Paper>
  );
}

function ResultPages({ result, onPage }: { result: CatalogueSearchResult; onPage: (page: number) => void }) {
  const { t } = useTranslation('catalogue');
  const pages = Math.min(MAX_PAGES, Math.ceil(result.total / result.limit));
  if (pages <= 1) return null;
  const page = Math.floor(result.offset / result.limit) + 1;
  return (
    <Group component="nav" aria-label={t('results.pages')} justify="center" mt="sm">
      <Pagination
        total={pages}
        value={page}
        onChange={onPage}
        siblings={1}
        boundaries={1}
        getControlProps={(control) => ({ 'aria-label': t(`results.${control}`) })}
        getItemProps={(item) => ({
          'aria-label': t('results.page', { page: item }),
          'aria-current': item === page ? 'page' : undefined,
        })}
      />
    </Group>
  );
}

function NothingFound({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  const { t } = useTranslation('catalogue');
  return (
    <Paper withBorder p="lg" radius="md" bg="gray.0">
      <Text fw={700} mb="xs">
        {t('empty.advice')}
      </Text>
      <List spacing={4}>
        <List.Item>{t('empty.spelling')}</List.Item>
        <List.Item>{t('empty.otherWords')}</List.Item>
        {filtered && (
          <List.Item>
            {t('empty.fewerFilters')}{' '}
            <Button variant="subtle" size="compact-md" px={4} onClick={onClearFilters}>
              {t('filters.clear')}
            </Button>
          </List.Item>
        )}
        <List.Item>
          <Anchor component={Link} to={cataloguePaths.lifeEvents}>
            {t('empty.browse')}
          </Anchor>
        </List.Item>
      </List>
    </Paper>
  );
}
