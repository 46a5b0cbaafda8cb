import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useModel } from '../../../features/model/api/get-model.ts';
import { useTasks } from '../../../features/model/api/list-tasks.ts';
import { TaskGroups } from '../../../features/model/components/task-groups.tsx';

export function TasksPage() {
  const { t } = useTranslation('model');
  const { items: tasks } = useTasks();
  const { taskGroups, levels } = useModel();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <PageTitle>{t('tasks.title')}</PageTitle>
        <Text>{t('tasks.lead')}</Text>
      </div>
      <TaskGroups tasks={tasks} taskGroups={taskGroups} levels={levels} />
    </Stack>
  );
}
