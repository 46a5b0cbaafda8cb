import { MultiSelect, type OptionsFilter, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceSearch } from '../lib/use-service-search.ts';
import { LiveRegion } from './ui/live-region.tsx';

/** What a picker shows of a service: enough to tell it from the others. */
export interface ServiceName {
  id: string;
  identifier: string;
  title: string;
}

interface PickerProps {
  label: string;
  description?: string;
  error: string | undefined;
  required?: boolean;
  /** Services whose names are known before any search (those chosen already), so that they show at once. */
  known?: readonly ServiceName[];
}

interface SingleProps extends PickerProps {
  multiple?: false;
  value: string | null;
  onChange: (id: string | null) => void;
}

interface MultipleProps extends PickerProps {
  multiple: true;
  value: string[];
  onChange: (ids: string[]) => void;
}

const labelOf = (service: ServiceName) => `${service.identifier} · ${service.title}`;

// The server has filtered already, by words a match in the browser would not find (titles in either language).
const asFound: OptionsFilter = ({ options }) => options;

/**
 * Chooses one service, or several with `multiple`, by identifier or title. The server searches (it matches "dzive"
 * to "Dzīvesvieta", which the browser would not), so the options are shown as they come. What the search found is
 * said beside the field rather than inside the option list, which may hold only options.
 */
export function ServicePicker(props: SingleProps | MultipleProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // The names of every service seen here, so that a chosen one keeps its name when the next search no longer finds it.
  const [names, setNames] = useState<ReadonlyMap<string, string>>(() => new Map());
  const chosen = props.multiple ? props.value : props.value === null ? [] : [props.value];
  // Once a service is chosen the single field shows its name; that is not something to search for.
  const searched = !props.multiple && props.value !== null && search === names.get(props.value) ? '' : search;
  const [debounced] = useDebouncedValue(searched, 300);
  const found = useServiceSearch(debounced);

  const results = found.data?.items ?? [];
  const seen = new Map([...(props.known ?? []), ...results].map((service) => [service.id, labelOf(service)]));
  if ([...seen].some(([id, label]) => names.get(id) !== label)) setNames(new Map([...names, ...seen]));

  const offered = [...new Set([...chosen, ...results.map((service) => service.id)])].map((id) => ({
    value: id,
    label: names.get(id) ?? id,
  }));
  const nothingFound = debounced.trim() !== '' && found.isSuccess && !found.isPlaceholderData && results.length === 0;
  const status = found.isError
    ? t('servicePicker.searchFailed')
    : nothingFound
      ? t('servicePicker.nothingFound')
      : undefined;
  const common = {
    label: props.label,
    description: props.description,
    error: props.error,
    required: props.required,
    data: offered,
    searchable: true,
    searchValue: search,
    onSearchChange: setSearch,
    filter: asFound,
  };

  return (
    <Stack gap={4}>
      {props.multiple ? (
        <MultiSelect {...common} value={props.value} onChange={props.onChange} hidePickedOptions clearable />
      ) : (
        <Select {...common} value={props.value} onChange={props.onChange} />
      )}
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
