import { Button, Group, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleFilter } from '../api/list-people.ts';

export interface OrganisationChoice {
  id: string;
  name: string;
}

interface PeopleFiltersProps {
  filter: PeopleFilter;
  organisations: readonly OrganisationChoice[];
  onChange: (filter: PeopleFilter) => void;
}

/** Name or email, organisation and status; applied together, so a screen reader is not interrupted per keystroke. */
export function PeopleFilters({ filter, organisations, onChange }: PeopleFiltersProps) {
  const { t } = useTranslation('people');
  const [q, setQ] = useState(filter.q ?? '');
  const [organisation, setOrganisation] = useState<string | null>(filter.organisation ?? null);
  const [active, setActive] = useState<string>(filter.active ?? 'all');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({
      q: q.trim() || undefined,
      organisation: organisation ?? undefined,
      active: active === 'true' || active === 'false' ? active : undefined,
    });
  };
  const reset = () => {
    setQ('');
    setOrganisation(null);
    setActive('all');
    onChange({});
  };

  return (
    <form onSubmit={submit} aria-label={t('filters.title')}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('filters.q')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          w={{ base: '100%', sm: 240 }}
        />
        <Select
          label={t('filters.organisation')}
          placeholder={t('filters.anyOrganisation')}
          data={organisations.map(({ id, name }) => ({ value: id, label: name }))}
          value={organisation}
          onChange={setOrganisation}
          searchable
          clearable
          w={{ base: '100%', sm: 300 }}
        />
        <Select
          label={t('filters.status')}
          data={[
            { value: 'all', label: t('filters.all') },
            { value: 'true', label: t('filters.active') },
            { value: 'false', label: t('filters.inactive') },
          ]}
          value={active}
          onChange={(value) => setActive(value ?? 'all')}
          allowDeselect={false}
          w={{ base: '100%', sm: 180 }}
        />
        <Button type="submit">{t('filters.apply')}</Button>
        <Button variant="default" onClick={reset}>
          {t('filters.reset')}
        </Button>
      </Group>
    </form>
  );
}
