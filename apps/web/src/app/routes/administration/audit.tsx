import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { type AuditFilterValues, emptyAuditFilter } from '../../../features/audit/components/audit-filters.tsx';
import { AuditLog } from '../../../features/audit/components/audit-log.tsx';
import { usePersonChoices } from '../../../features/people/api/list-people.ts';
import { useSignedInSession } from '../../../features/session/api/get-session.ts';
import { mayReadAudit } from '../../../features/session/lib/abilities.ts';

const FILTER_NAMES = Object.keys(emptyAuditFilter) as (keyof AuditFilterValues)[];

export function AuditPage() {
  const { t } = useTranslation('audit');
  const session = useSignedInSession();
  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <PageTitle>{t('title')}</PageTitle>
        <Text maw={900}>{t('lead')}</Text>
      </div>
      {mayReadAudit(session) ? (
        <AuditLogWithActors />
      ) : (
        <Alert color="blue" variant="light" role="note" title={t('noAccess')} />
      )}
    </Stack>
  );
}

/** `?entityType=&entityId=&actorId=&action=&from=&to=&before=`: the filters live in the address. */
function AuditLogWithActors() {
  const actors = usePersonChoices();
  const [params, setParams] = useSearchParams();
  const values: AuditFilterValues = { ...emptyAuditFilter };
  for (const name of FILTER_NAMES) values[name] = params.get(name) ?? '';
  const before = Number(params.get('before')) || undefined;
  const apply = (next: AuditFilterValues) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value.trim() !== '')));
  return (
    <AuditLog values={values} before={before} actors={actors} onApply={apply} onFromNewest={() => apply(values)} />
  );
}
