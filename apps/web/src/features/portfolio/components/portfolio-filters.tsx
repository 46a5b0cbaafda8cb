import { Button, Group, Select, TextInput } from '@mantine/core';
import { Priority, ServiceKind, STAGES } from '@saimnieks/contracts/services';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterFromParams, type PortfolioFilter } from '../lib/portfolio-filter.ts';

export interface HolderChoice {
  id: string;
  name: string;
}

interface PortfolioFiltersProps {
  filter: PortfolioFilter;
  holders: readonly HolderChoice[];
  onChange: (filter: PortfolioFilter) => void;
}

const ANY = 'any';

/**
 * The portfolio's filters, applied together when sent, so that a screen reader is not interrupted while typing. The
 * values go through the same parsing as an address, so that what is applied is what a link would carry.
 */
export function PortfolioFilters({ filter, holders, onChange }: PortfolioFiltersProps) {
  const { t } = useTranslation('portfolio');
  const [q, setQ] = useState(filter.q ?? '');
  const [holder, setHolder] = useState<string | null>(filter.holder ?? null);
  const [stage, setStage] = useState<string>(filter.stage ?? ANY);
  const [kind, setKind] = useState<string>(filter.kind ?? ANY);
  const [priority, setPriority] = useState<string>(filter.priority ?? ANY);
  const [reviewOverdue, setReviewOverdue] = useState<string>(filter.reviewOverdue ?? ANY);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = { q: q.trim(), holder: holder ?? '', stage, kind, priority, reviewOverdue };
    onChange(filterFromParams(new URLSearchParams(Object.entries(chosen).filter(([, value]) => value !== ANY))));
  };
  const reset = () => {
    setQ('');
    setHolder(null);
    setStage(ANY);
    setKind(ANY);
    setPriority(ANY);
    setReviewOverdue(ANY);
    onChange({});
  };
  const any = { value: ANY, label: t('filters.any') };
  const narrow = { base: '100%', xs: 200 };

  return (
    <form onSubmit={submit} aria-label={t('filters.title')}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('filters.q')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          w={{ base: '100%', xs: 240 }}
        />
        <Select
          label={t('filters.holder')}
          placeholder={t('filters.anyHolder')}
          data={holders.map(({ id, name }) => ({ value: id, label: name }))}
          value={holder}
          onChange={setHolder}
          searchable
          clearable
          w={{ base: '100%', xs: 300 }}
        />
        <Select
          label={t('filters.stage')}
          data={[any, ...STAGES.map((value) => ({ value, label: t(`stage.${value}`) }))]}
          value={stage}
          onChange={(value) => setStage(value ?? ANY)}
          allowDeselect={false}
          w={narrow}
        />
        <Select
          label={t('filters.kind')}
          data={[any, ...ServiceKind.options.map((value) => ({ value, label: t(`kind.${value}`) }))]}
          value={kind}
          onChange={(value) => setKind(value ?? ANY)}
          allowDeselect={false}
          w={{ base: '100%', xs: 300 }}
        />
        <Select
          label={t('filters.priority')}
          data={[any, ...Priority.options.map((value) => ({ value, label: t(`priority.${value}`) }))]}
          value={priority}
          onChange={(value) => setPriority(value ?? ANY)}
          allowDeselect={false}
          w={narrow}
        />
        <Select
          label={t('filters.reviewOverdue')}
          data={[
            any,
            { value: 'true', label: t('filters.overdueOnly') },
            { value: 'false', label: t('filters.notOverdue') },
          ]}
          value={reviewOverdue}
          onChange={(value) => setReviewOverdue(value ?? ANY)}
          allowDeselect={false}
          w={narrow}
        />
        <Button type="submit">{t('filters.apply')}</Button>
        <Button variant="default" onClick={reset}>
          {t('filters.reset')}
        </Button>
      </Group>
    </form>
  );
}
