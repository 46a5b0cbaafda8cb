import { SimpleGrid } from '@mantine/core';
import type { ServiceManagementModel, StageCycle, Task } from '@saimnieks/contracts/model';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/ui/fact.tsx';

/**
 * Stage codes repeat across cycles (both have `planning`), so a task's stages are read in the cycle of its level:
 * policy tasks in the policy cycle, the others in the service lifecycle.
 */
const stageCycleOf = (task: Task): StageCycle =>
  task.levels.every((level) => level === 'policy') ? 'policy' : 'service';

/** Where a task sits in the model: its group, levels, corresponding practice and stages. */
export function TaskFacts({ task, model }: { task: Task; model: ServiceManagementModel }) {
  const { t } = useTranslation('model');
  const group = model.taskGroups.find(({ code }) => code === task.group);
  const levels = model.levels.filter(({ code }) => task.levels.some((level) => level === code));
  const stages = model.stages
    .filter(({ code, cycle }) => cycle === stageCycleOf(task) && task.stages.includes(code))
    .sort((a, b) => a.position - b.position);

  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" my="md">
      <Fact term={t('task.group')}>{group ? `${group.code} · ${group.name}` : task.group}</Fact>
      <Fact term={t('task.levels')}>{levels.map(({ name }) => name).join(', ')}</Fact>
      <Fact term={t('task.practice')}>{task.practice?.name ?? t('task.noPractice')}</Fact>
      <Fact term={t('task.stages')}>
        {stages.length > 0 ? stages.map(({ position, name }) => `${position}. ${name}`).join(', ') : t('task.noStages')}
      </Fact>
    </SimpleGrid>
  );
}
