import { Box, Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import type { CodeListEntry } from '@saimnieks/contracts/reference/code-list';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { Audience, ChannelType } from '@saimnieks/contracts/services';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n.ts';
import { useNarrowScreen } from '../../../lib/use-narrow-screen.ts';
import {
  activeFilterCount,
  type CatalogueFilterName,
  type CatalogueSearch,
  FILTER_NAMES,
} from '../lib/catalogue-query.ts';
import type { FilterCount } from '../lib/facet-counts.ts';

interface CatalogueSearchFormProps {
  search: CatalogueSearch;
  /** The institutions with services, by name. */
  institutions: readonly { id: string; name: string }[];
  /** How many services each option finds; undefined until known. */
  countOf: FilterCount | undefined;
  /** A new search from its first page. */
  onSearch: (search: Omit<CatalogueSearch, 'page'>) => void;
}

type Option = { value: string; label: string };

/**
 * The words and the filters. A filter applies as soon as it is chosen (the results below change, the count is
 * announced); the words apply when sent, so that a screen reader is not interrupted at every keystroke. Each option
 * says how many services choosing it would find. On a phone the filters fold away behind a button, so that the
 * results are not pushed below six fields.
 */
export function CatalogueSearchForm({ search, institutions, countOf, onSearch }: CatalogueSearchFormProps) {
  const { t } = useTranslation('catalogue');
  const language = useLanguage();
  const narrow = useNarrowScreen();
  const filtersId = useId();
  const [q, setQ] = useState(search.q ?? '');
  // The address may change the words (back button, a link): the field follows, without remounting the form,
  // which would lose the focus.
  const [addressQ, setAddressQ] = useState(search.q);
  if (search.q !== addressQ) {
    setAddressQ(search.q);
    setQ(search.q ?? '');
  }
  const filtersRef = useRef<HTMLFieldSetElement>(null);
  const active = activeFilterCount(search);
  const [filtersShown, setFiltersShown] = useState(active > 0);

  const { page: _page, ...current } = search;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...current, q: q.trim() || undefined });
  };
  const choose = (name: CatalogueFilterName, value: string) =>
    onSearch({ ...current, q: q.trim() || undefined, [name]: value || undefined });
  const clearFilters = () => {
    onSearch({ q: search.q });
    // The button goes away with the filters; the focus goes to the first of them rather than to the page.
    filtersRef.current?.querySelector('select')?.focus();
  };

  const codeList = (list: readonly CodeListEntry[]): Option[] =>
    list.map((entry) => ({ value: entry.code, label: entry[language] }));
  const options: Record<CatalogueFilterName, { any: string; items: Option[] }> = {
    lifeEvent: { any: t('filters.anyLifeEvent'), items: codeList(LIFE_EVENTS) },
    businessEvent: { any: t('filters.anyBusinessEvent'), items: codeList(BUSINESS_EVENTS) },
    audience: {
      any: t('filters.anyAudience'),
      items: Audience.options.map((value) => ({ value, label: t(`audiences.${value}`) })),
    },
    channel: {
      any: t('filters.anyChannel'),
      items: ChannelType.options.map((value) => ({ value, label: t(`channelTypes.${value}`) })),
    },
    institution: {
      any: t('filters.anyInstitution'),
      items: institutions.map(({ id, name }) => ({ value: id, label: name })),
    },
    municipality: {
      any: t('filters.anyMunicipality'),
      items: [...codeList(MUNICIPALITIES)].sort((a, b) => a.label.localeCompare(b.label, language)),
    },
  };

  return (
    <Box component="form" role="search" aria-label={t('search.form')} onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          name="q"
          type="search"
          label={t('search.label')}
          description={t('search.description')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          maxLength={200}
          size="md"
          style={{ flex: 1 }}
        />
        <Button type="submit" size="md">
          {t('search.submit')}
        </Button>
      </Group>
      {narrow && (
        <Button
          variant="default"
          mt="sm"
          aria-expanded={filtersShown}
          aria-controls={filtersId}
          onClick={() => setFiltersShown((shown) => !shown)}
        >
          {active > 0 ? t('filters.showActive', { number: active }) : t('filters.show')}
        </Button>
      )}
      <Box
        component="fieldset"
        ref={filtersRef}
        id={filtersId}
        hidden={narrow && !filtersShown}
        mt="md"
        p={0}
        style={{ border: 0, margin: 0, minWidth: 0 }}
      >
        <legend style={{ padding: 0, fontWeight: 700, marginBottom: 'var(--mantine-spacing-xs)' }}>
          {t('filters.title')}
        </legend>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
          {FILTER_NAMES.map((name) => (
            <NativeSelect
              key={name}
              name={name}
              label={t(`filters.${name}`)}
              value={search[name] ?? ''}
              onChange={(event) => choose(name, event.currentTarget.value)}
              data={[
                { value: '', label: options[name].any },
                ...options[name].items.map(({ value, label }) => ({
                  value,
                  label: countOf ? `${label} (${countOf(name, value)})` : label,
                })),
              ]}
            />
          ))}
        </SimpleGrid>
        {active > 0 && (
          <Button variant="subtle" mt="sm" px={0} onClick={clearFilters}>
            {t('filters.clear')}
          </Button>
        )}
      </Box>
    </Box>
  );
}
