import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ServiceSummary } from '@saimnieks/contracts/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceSearch } from '../api/search-services.ts';

export interface ServiceChoice {
  id: string;
  label: string;
}

const choiceOf = (service: ServiceSummary): ServiceChoice => ({
  id: service.id,
  label: `${service.identifier} ${service.title}`,
});

interface ServicePickerProps {
  value: ServiceChoice | undefined;
  onChange: (service: ServiceChoice | undefined) => void;
  error: string | undefined;
}

/**
 * Chooses a service by its identifier or title. The server searches (it matches "dzive" to "Dzīvesvieta", which
 * the browser would not), so the options are shown as they come.
 */
export function ServicePicker({ value, onChange, error }: ServicePickerProps) {
  const { t } = useTranslation('roles');
  const [search, setSearch] = useState('');
  // Once a service is chosen the field shows its label; that is not something to search for.
  const [debounced] = useDebouncedValue(search === value?.label ? '' : search, 300);
  const found = useServiceSearch(debounced);
  const choices = (found.data?.items ?? []).map(choiceOf);
  const offered = value && !choices.some(({ id }) => id === value.id) ? [value, ...choices] : choices;

  return (
    <Select
      label={t('assign.service')}
      description={t('assign.serviceHint')}
      data={offered.map(({ id, label }) => ({ value: id, label }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(offered.find((choice) => choice.id === id))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={
        found.isError ? t('assign.searchFailed') : found.isFetching ? t('assign.searching') : t('assign.noServices')
      }
      required
      error={error}
    />
  );
}
