import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { LinkedService } from '@saimnieks/contracts/recipients';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceSearch } from '../api/search-services.ts';

interface ServicePickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The services linked already, so their names show before any search. */
  linked: readonly LinkedService[];
  error: string | undefined;
}

const labelOf = (service: { identifier: string; title: string }) => `${service.identifier} · ${service.title}`;

/** Chooses services by searching the portfolio on the server as the person types. */
export function ServicePicker({ value, onChange, linked, error }: ServicePickerProps) {
  const { t } = useTranslation('recipients');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = useServiceSearch(debounced);
  // The names of every service seen here, so a chosen one keeps its name when the next search no longer finds it.
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(
    () => new Map(linked.map((service) => [service.id, labelOf(service)])),
  );
  const results = found.data?.items ?? [];
  if (results.some((service) => !known.has(service.id))) {
    setKnown(new Map([...known, ...results.map((service) => [service.id, labelOf(service)] as const)]));
  }
  const shown = new Set([...value, ...results.map((service) => service.id)]);

  return (
    <MultiSelect
      label={t('needForm.services')}
      description={t('needForm.servicesHint')}
      data={[...shown].map((id) => ({ value: id, label: known.get(id) ?? id }))}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already, by words a client-side match would not find (titles in either language).
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? undefined : t('needForm.servicesNothingFound')}
      hidePickedOptions
      clearable
      error={error}
    />
  );
}
