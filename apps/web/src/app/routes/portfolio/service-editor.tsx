import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useOrganisationChoices } from '../../../features/organisations/api/list-organisations.ts';
import { useStartDraft } from '../../../features/portfolio/api/change-description.ts';
import { useDescription } from '../../../features/portfolio/api/get-description.ts';
import { useService } from '../../../features/portfolio/api/get-service.ts';
import { DraftEditor } from '../../../features/portfolio/components/editor/draft-editor.tsx';
import { explainPortfolioProblem } from '../../../features/portfolio/lib/explain-problem.ts';
import { portfolioPaths } from '../../../features/portfolio/paths.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';

/** `/portfolio/services/:id/edit`: the editor of the draft, or the way to start one from the published version. */
export function ServiceEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('portfolio');
  const service = useService(id);
  const working = service.workingVersion;
  const back = (
    <Anchor component={Link} to={portfolioPaths.service(service.id)} size="sm">
      {t('editor.backToService')}
    </Anchor>
  );

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        {back}
        <PageTitle>{t('editor.title', { identifier: service.identifier })}</PageTitle>
        {working?.status === 'draft' && <Text>{t('editor.lead', { number: working.number })}</Text>}
      </div>
      {!service.may.describe ? (
        <Alert color="blue" variant="light" title={t('editor.mayNotEdit')} />
      ) : working?.status === 'draft' ? (
        <Draft serviceId={service.id} number={working.number} />
      ) : working ? (
        <Alert
          color="blue"
          variant="light"
          title={t('editor.notDraft', { number: working.number, status: t(`descriptionStatus.${working.status}`) })}
        >
          {back}
        </Alert>
      ) : (
        <StartDraft serviceId={service.id} version={service.version} />
      )}
    </Stack>
  );
}

/** Keyed by the version, so that a draft started meanwhile opens in a fresh editor. */
function Draft({ serviceId, number }: { serviceId: string; number: number }) {
  const navigate = useNavigate();
  const { t } = useTranslation('portfolio');
  const service = useService(serviceId);
  const draft = useDescription(serviceId, number);
  const organisations = useOrganisationChoices();
  return (
    <DraftEditor
      key={`${serviceId}-${number}`}
      service={service}
      draft={draft}
      organisations={organisations}
      onSubmitted={(submitted) =>
        void navigate(portfolioPaths.service(serviceId), {
          state: { message: t('editor.submittedDone', { number: submitted }) },
        })
      }
    />
  );
}

function StartDraft({ serviceId, version }: { serviceId: string; version: number }) {
  const { t } = useTranslation('portfolio');
  const startDraft = useStartDraft();
  const problem = useFormProblem([], explainPortfolioProblem(t));
  return (
    <Stack align="flex-start">
      <Text>{t('editor.noDraft')}</Text>
      <ProblemSummary problem={problem} />
      <Button
        loading={startDraft.isPending}
        onClick={() => {
          problem.clear();
          startDraft.mutate({ serviceId, version }, { onError: problem.show });
        }}
      >
        {t('editor.startDraft')}
      </Button>
    </Stack>
  );
}
