import { Anchor, Box, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useModel } from '../../../features/model/api/get-model.ts';
import { useTask } from '../../../features/model/api/get-task.ts';
import { TaskDependencies } from '../../../features/model/components/task-dependencies.tsx';
import { TaskFacts } from '../../../features/model/components/task-facts.tsx';
import { modelPaths } from '../../../features/model/paths.ts';

export function TaskPage() {
  const { t } = useTranslation('model');
  const { code = '' } = useParams();
  const task = useTask(code);
  const model = useModel();
  const groupOf = (taskCode: string) => model.tasks.find((modelTask) => modelTask.code === taskCode)?.group ?? '';

  return (
    <Stack gap="xl" maw={1100}>
      <div>
        <Anchor component={Link} to={modelPaths.tasks} size="sm">
          ← {t('task.allTasks')}
        </Anchor>
        <Box mt="xs">
          <PageTitle>{`${task.code} ${task.name}`}</PageTitle>
        </Box>
        <TaskFacts task={task} model={model} />
      </div>
      <section aria-labelledby="description-title">
        <Title order={2} id="description-title" mb="sm">
          {t('task.description')}
        </Title>
        <Text>{task.description}</Text>
      </section>
      <section aria-labelledby="dependencies-title">
        <Title order={2} id="dependencies-title" mb="sm">
          {t('dependencies.title')}
        </Title>
        <TaskDependencies task={task} groupOf={groupOf} />
      </section>
    </Stack>
  );
}
