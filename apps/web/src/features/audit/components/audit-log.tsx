import { Alert, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { ApiProblem } from '../../../lib/api.ts';
import { downloadText } from '../../../lib/csv.ts';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { todayInRiga } from '../../../lib/riga-time.ts';
import { useAuditEvents } from '../api/list-audit-events.ts';
import { AUDIT_CSV_COLUMNS, auditCsv } from '../lib/audit-csv.ts';
import { apiFilterOf } from '../lib/audit-filter.ts';
import { AuditFilters, type AuditFilterValues } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { ChainVerification } from './chain-verification.tsx';

interface AuditLogProps {
  values: AuditFilterValues;
  /** Start below this event (a link from the chain check). */
  before: number | undefined;
  actors: readonly { id: string; name: string }[];
  onApply: (values: AuditFilterValues) => void;
  onFromNewest: () => void;
}

/** The audit log: filters, the chain check, the events with "load older", and the loaded rows as CSV. */
export function AuditLog({ values, before, actors, onApply, onFromNewest }: AuditLogProps) {
  const { t } = useTranslation(['audit', 'app']);
  const language = useLanguage();
  const events = useAuditEvents(apiFilterOf(values, before));
  const loaded = events.data?.pages.flatMap((page) => page.items) ?? [];

  const download = () => {
    const header = AUDIT_CSV_COLUMNS.map((column) => t(`export.header.${column}`));
    // Excel in Latvian regional settings splits at semicolons (the decimal separator there is a comma).
    const separator = language === 'lv' ? ';' : ',';
    const localTime = (instant: string) => formatInstant(instant, language, { seconds: true });
    downloadText(`${t('export.fileName')}-${todayInRiga()}.csv`, auditCsv(loaded, { header, localTime }, separator));
  };

  return (
    <Stack gap="lg">
      {/* Keyed by the applied filters, so that its inputs show them after a link or "clear" changed them. */}
      <AuditFilters key={JSON.stringify(values)} values={values} actors={actors} onApply={onApply} />
      <ChainVerification />
      {before !== undefined && (
        <Group gap="sm">
          <Text>{t('filters.startingAt', { id: before })}</Text>
          <Button variant="subtle" size="compact-sm" onClick={onFromNewest}>
            {t('filters.fromNewest')}
          </Button>
        </Group>
      )}
      {events.isPending ? (
        <LoadingState />
      ) : events.isError ? (
        <Alert
          color="red"
          variant="light"
          title={events.error instanceof ApiProblem ? events.error.problem.title : t('app:problems.unreachable')}
        />
      ) : (
        <Stack gap="sm">
          <Group>
            <Button variant="default" onClick={download} disabled={loaded.length === 0}>
              {t('export.button', { count: loaded.length })}
            </Button>
          </Group>
          {loaded.length === 0 ? <Text>{t('table.none')}</Text> : <AuditTable events={loaded} />}
          <Group>
            {events.hasNextPage ? (
              <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
                {t('table.loadOlder')}
              </Button>
            ) : (
              loaded.length > 0 && <Text c="dimmed">{t('table.allLoaded')}</Text>
            )}
          </Group>
          <VisuallyHidden aria-live="polite">
            {events.isFetchingNextPage ? t('table.loadingOlder') : t('table.caption', { count: loaded.length })}
          </VisuallyHidden>
        </Stack>
      )}
    </Stack>
  );
}
