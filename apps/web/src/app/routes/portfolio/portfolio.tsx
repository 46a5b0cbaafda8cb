import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import type { Service, ServiceSummary, Stage } from '@saimnieks/contracts/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useOrganisationChoices } from '../../../features/organisations/api/list-organisations.ts';
import { usePortfolioSettings } from '../../../features/portfolio/api/get-settings.ts';
import { useServices } from '../../../features/portfolio/api/list-services.ts';
import { CreateServiceDialog } from '../../../features/portfolio/components/create-service-dialog.tsx';
import { ExportLinks } from '../../../features/portfolio/components/export-links.tsx';
import { PortfolioBoard } from '../../../features/portfolio/components/portfolio-board.tsx';
import { PortfolioFilters } from '../../../features/portfolio/components/portfolio-filters.tsx';
import { PortfolioTable } from '../../../features/portfolio/components/portfolio-table.tsx';
import { TransitionDialog } from '../../../features/portfolio/components/transition-dialog.tsx';
import { mayAddServices } from '../../../features/portfolio/lib/abilities.ts';
import {
  filterFromParams,
  type PortfolioFilter,
  paramsOfFilter,
} from '../../../features/portfolio/lib/portfolio-filter.ts';
import { portfolioPaths } from '../../../features/portfolio/paths.ts';
import { useSignedInSession } from '../../../features/session/api/get-session.ts';

const PAGE_SIZE = 50;
/** The API's largest page: the board shows a whole filtered set up to this, and says when there are more. */
const BOARD_SIZE = 500;

type View = 'board' | 'table';

/**
 * `/portfolio?q=&holder=&stage=&kind=&priority=&reviewOverdue=&offset=`: the portfolio as a board by stage or as a
 * table, the same filtered set in both; the view chosen last is remembered in the browser.
 */
export function PortfolioPage() {
  const { t } = useTranslation('portfolio');
  const session = useSignedInSession();
  const navigate = useNavigate();
  const settings = usePortfolioSettings();
  const organisations = useOrganisationChoices();
  const holders = organisations.filter(
    (organisation) => organisation.kind === 'institution' || organisation.kind === 'municipality',
  );
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const offset = Number(params.get('offset')) || 0;
  const [view, setView] = useLocalStorage<View>({
    key: 'saimnieks.portfolio.view',
    defaultValue: 'board',
    getInitialValueInEffect: false,
  });
  const services = useServices(
    filter,
    view === 'board' ? { limit: BOARD_SIZE, offset: 0 } : { limit: PAGE_SIZE, offset },
  );
  const [creating, setCreating] = useState(false);
  const [moving, setMoving] = useState<{ service: ServiceSummary; to?: Stage | undefined }>();
  const [message, setMessage] = useState<string>();

  const applyFilter = (next: PortfolioFilter) => setParams(paramsOfFilter(next));
  const goToOffset = (next: number) => setParams(paramsOfFilter(filter, next));

  return (
    <Stack gap="lg" maw={view === 'board' ? undefined : 1400}>
      <div>
        <PageTitle>{t('portfolio.title')}</PageTitle>
        <Text maw={900}>{t('portfolio.lead')}</Text>
      </div>
      {mayAddServices(session) && (
        <Group>
          <Button
            onClick={() => {
              setMessage(undefined);
              setCreating(true);
            }}
          >
            {t('portfolio.newService')}
          </Button>
        </Group>
      )}
      <DoneMessage>{message}</DoneMessage>
      <PortfolioFilters key={params.toString()} filter={filter} holders={organisations} onChange={applyFilter} />
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={500} id="portfolio-view">
            {t('portfolio.view')}
          </Text>
          <SegmentedControl
            aria-labelledby="portfolio-view"
            value={view}
            onChange={(next) => setView(next === 'table' ? 'table' : 'board')}
            data={[
              { value: 'board', label: t('portfolio.board') },
              { value: 'table', label: t('portfolio.table') },
            ]}
          />
        </Group>
        <ExportLinks filter={filter} />
      </Group>
      {!services.data ? (
        <LoadingState />
      ) : view === 'board' ? (
        <Stack gap="xs" aria-busy={services.isPlaceholderData}>
          {services.data.total > services.data.items.length && (
            <Text size="sm">{t('board.more', { shown: services.data.items.length, total: services.data.total })}</Text>
          )}
          <PortfolioBoard
            services={services.data.items}
            stages={filter.stage ? [filter.stage] : []}
            mayMove={(service) => service.mayChangePortfolio}
            onChangeStage={(service, to) => {
              setMessage(undefined);
              setMoving({ service, to });
            }}
          />
        </Stack>
      ) : (
        <PortfolioTable services={services.data} updating={services.isPlaceholderData} onPage={goToOffset} />
      )}
      <CreateServiceDialog
        opened={creating}
        holders={holders}
        managementDegrees={settings.managementDegrees}
        onClose={() => setCreating(false)}
        onCreated={(service: Service) =>
          void navigate(portfolioPaths.service(service.id), {
            state: { message: t('portfolio.created', { identifier: service.identifier, title: service.title }) },
          })
        }
      />
      <TransitionDialog
        service={moving?.service}
        initialTo={moving?.to}
        gates={settings.gates}
        onClose={() => setMoving(undefined)}
        onMoved={(service) => {
          setMoving(undefined);
          setMessage(t('transition.done', { identifier: service.identifier, stage: t(`stage.${service.stage}`) }));
        }}
      />
    </Stack>
  );
}
