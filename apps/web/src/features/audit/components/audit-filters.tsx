import { Autocomplete, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The filters as the address and the inputs hold them; times are Riga wall-clock (`2026-11-27T10:00`). */
export interface AuditFilterValues {
  entityType: string;
  entityId: string;
  actorId: string;
  action: string;
  from: string;
  to: string;
}

export const emptyAuditFilter: AuditFilterValues = {
  entityType: '',
  entityId: '',
  actorId: '',
  action: '',
  from: '',
  to: '',
};

/** The kinds of entity and the actions the server records, offered while typing (any other text works too). */
const ENTITY_TYPES = [
  'organisation',
  'person',
  'role_assignment',
  'role_compatibility_rule',
  'responsibility-matrix',
  'api_token',
];
const ACTIONS = [
  'organisation.create',
  'organisation.update',
  'organisation.archive',
  'person.create',
  'person.invite',
  'person.update',
  'person.deactivate',
  'person.reactivate',
  'person.administrator',
  'person.password-set',
  'person.password-reset',
  'person.link-oidc',
  'session.open',
  'session.close',
  'session.revoke',
  'api-token.create',
  'api-token.revoke',
  'role.assign',
  'role.update',
  'role.revoke',
  'role-compatibility.create',
  'responsibilities.create',
  'responsibilities.edit',
];

interface AuditFiltersProps {
  values: AuditFilterValues;
  actors: readonly { id: string; name: string }[];
  onApply: (values: AuditFilterValues) => void;
}

export function AuditFilters({ values, actors, onApply }: AuditFiltersProps) {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState(values);
  const set = (field: keyof AuditFilterValues) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const reset = () => {
    setDraft(emptyAuditFilter);
    onApply(emptyAuditFilter);
  };

  return (
    <form onSubmit={submit} aria-label={t('filters.title')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Autocomplete
            label={t('filters.entityType')}
            data={ENTITY_TYPES}
            value={draft.entityType}
            onChange={set('entityType')}
          />
          <TextInput
            label={t('filters.entityId')}
            value={draft.entityId}
            onChange={(event) => set('entityId')(event.currentTarget.value)}
          />
          <Select
            label={t('filters.actor')}
            placeholder={t('filters.anyActor')}
            data={actors.map(({ id, name }) => ({ value: id, label: name }))}
            value={draft.actorId || null}
            onChange={(value) => set('actorId')(value ?? '')}
            searchable
            clearable
          />
          <Autocomplete label={t('filters.action')} data={ACTIONS} value={draft.action} onChange={set('action')} />
          <TextInput
            type="datetime-local"
            label={t('filters.from')}
            value={draft.from}
            onChange={(event) => set('from')(event.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('filters.to')}
            value={draft.to}
            onChange={(event) => set('to')(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit">{t('filters.apply')}</Button>
          <Button variant="default" onClick={reset}>
            {t('filters.reset')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
