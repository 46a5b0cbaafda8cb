import { Stack, Text, Title } from '@mantine/core';
import type { StageCycle } from '@saimnieks/contracts/model';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useStages } from '../../../features/model/api/list-stages.ts';
import { StageSteps } from '../../../features/model/components/stage-steps.tsx';

const cycles: readonly StageCycle[] = ['policy', 'service'];

export function StagesPage() {
  const { t } = useTranslation('model');
  const { items: stages } = useStages();
  return (
    <Stack gap="xl" maw={1100}>
      <div>
        <PageTitle>{t('stages.title')}</PageTitle>
        <Text>{t('stages.lead')}</Text>
      </div>
      {cycles.map((cycle) => (
        <section key={cycle} aria-labelledby={`cycle-${cycle}`}>
          <Title order={2} id={`cycle-${cycle}`}>
            {t(`stages.${cycle}`)}
          </Title>
          <Text mb="sm">{t(`stages.${cycle}Lead`)}</Text>
          <StageSteps stages={stages.filter((stage) => stage.cycle === cycle)} />
        </section>
      ))}
    </Stack>
  );
}
