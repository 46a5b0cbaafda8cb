import { Button, Group, Select, TextInput } from '@mantine/core';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { Audience } from '@saimnieks/contracts/services';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n.ts';
import type { RecipientGroupFilter } from '../api/list-recipient-groups.ts';
import type { OrganisationChoice } from './group-form-dialog.tsx';

interface RecipientGroupFiltersProps {
  filter: RecipientGroupFilter;
  organisations: readonly OrganisationChoice[];
  onChange: (filter: RecipientGroupFilter) => void;
}

type Status = 'false' | 'true' | 'all';

/** Name, organisation, kind of recipients, life event and status; applied together, not per keystroke. */
export function RecipientGroupFilters({ filter, organisations, onChange }: RecipientGroupFiltersProps) {
  const { t } = useTranslation('recipients');
  const language = useLanguage();
  const [q, setQ] = useState(filter.q ?? '');
  const [organisation, setOrganisation] = useState<string | null>(filter.organisation ?? null);
  const [audience, setAudience] = useState<string | null>(filter.audience ?? null);
  const [lifeEvent, setLifeEvent] = useState<string | null>(filter.lifeEvent ?? null);
  const [status, setStatus] = useState<Status>(filter.archived ?? 'all');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({
      q: q.trim() || undefined,
      organisation: organisation ?? undefined,
      audience: Audience.safeParse(audience).data,
      lifeEvent: LIFE_EVENTS.find((entry) => entry.code === lifeEvent)?.code,
      archived: status === 'all' ? undefined : status,
    });
  };
  const reset = () => {
    setQ('');
    setOrganisation(null);
    setAudience(null);
    setLifeEvent(null);
    setStatus('false');
    onChange({ archived: 'false' });
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
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('filters.audience')}
          placeholder={t('filters.anyAudience')}
          data={Audience.options.map((value) => ({ value, label: t(`audiences.${value}`) }))}
          value={audience}
          onChange={setAudience}
          clearable
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          label={t('filters.lifeEvent')}
          placeholder={t('filters.anyLifeEvent')}
          data={LIFE_EVENTS.map((entry) => ({ value: entry.code, label: entry[language] }))}
          value={lifeEvent}
          onChange={setLifeEvent}
          searchable
          clearable
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('filters.status')}
          data={[
            { value: 'false', label: t('filters.active') },
            { value: 'true', label: t('filters.archived') },
            { value: 'all', label: t('filters.all') },
          ]}
          value={status}
          onChange={(value) => setStatus((value as Status | null) ?? 'all')}
          allowDeselect={false}
          w={{ base: '100%', sm: 160 }}
        />
        <Button type="submit">{t('filters.apply')}</Button>
        <Button variant="default" onClick={reset}>
          {t('filters.reset')}
        </Button>
      </Group>
    </form>
  );
}
