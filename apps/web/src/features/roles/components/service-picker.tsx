import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ServiceSummary } from '@saimnieks/contracts/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveRegion } from '../../../components/ui/live-region.tsx';
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
 * the browser would not), so the options are shown as they come. What the search found is said beside the field
 * rather than inside the option list, which may hold only options.
 */
export function ServicePicker({ value, onChange, error }: ServicePickerProps) {
  const { t } = useTranslation('roles');
  const [search, setSearch] = useState('');
  // Once a service is chosen the field shows its label; that is not something to search for.
  const [debounced] = useDebouncedValue(search === value?.label ? '' : search, 300);
  const found = useServiceSearch(debounced);
  const choices = (found.data?.items ?? []).map(choiceOf);
  const offered = value && !choices.some(({ id }) => id === value.id) ? [value, ...choices] : choices;
  const nothingFound = debounced.trim() !== '' && found.isSuccess && !found.isPlaceholderData && choices.length === 0;
  const status = found.isError ? t('assign.searchFailed') : nothingFound ? t('assign.noServices') : undefined;

  return (
    <Stack gap={4}>
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
        required
        error={error}
      />
      <LiveRegion>
        {status && (
          <Text size="sm" c="dimmed">
            {status}
          </Text>
        )}
      </LiveRegion>
    </Stack>
  );
}
