import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Task } from '@saimnieks/contracts/model';
import { useTranslation } from 'react-i18next';
import { useNarrowScreen } from '../../../lib/use-narrow-screen.ts';
import type { GraphGeometry } from '../lib/graph-layout.ts';
import { DependencyGraph, type GraphTask } from './dependency-graph.tsx';
import { DependencyLegend } from './dependency-legend.tsx';
import { TaskLinkList } from './task-link-list.tsx';

const wideGeometry: GraphGeometry = {
  nodeWidth: 250,
  nodeHeight: 92,
  layerGap: 90,
  nodeGap: 20,
  orientation: 'horizontal',
  alignment: 'centre',
};
/** On a phone the tasks stand in one column, prerequisites first, so that the drawing fits the width. */
const narrowGeometry: GraphGeometry = { ...wideGeometry, nodeWidth: 264, layerGap: 56, orientation: 'column' };

interface TaskDependenciesProps {
  task: Task;
  /** The group of each task of the model, to colour the neighbours as in the whole scheme. */
  groupOf: (code: string) => string;
}

/** A task between its prerequisites (left) and its dependants (right), drawn and listed. */
export function TaskDependencies({ task, groupOf }: TaskDependenciesProps) {
  const { t } = useTranslation('model');
  const narrow = useNarrowScreen();
  const { prerequisites, dependants } = task;

  if (prerequisites.length === 0 && dependants.length === 0) return <Text>{t('dependencies.none')}</Text>;

  const graphTasks = new Map<string, GraphTask>(
    [task, ...prerequisites, ...dependants].map(({ code, name }) => [code, { code, name, group: groupOf(code) }]),
  );
  const layers = [prerequisites.map(({ code }) => code), [task.code], dependants.map(({ code }) => code)].filter(
    (layer) => layer.length > 0,
  );
  const dependencies = [
    ...prerequisites.map(({ code, basis }) => ({ from: code, to: task.code, basis })),
    ...dependants.map(({ code, basis }) => ({ from: task.code, to: code, basis })),
  ];

  return (
    <Stack gap="md">
      <DependencyGraph
        label={t('dependencies.graphLabel', { code: task.code })}
        layers={layers}
        dependencies={dependencies}
        tasks={graphTasks}
        geometry={narrow ? narrowGeometry : wideGeometry}
        current={task.code}
        nameLines={4}
      />
      <DependencyLegend />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <section aria-labelledby="prerequisites-title">
          <Title order={3} size="h4" id="prerequisites-title">
            {t('dependencies.prerequisites')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('dependencies.prerequisitesHint')}
          </Text>
          <TaskLinkList links={prerequisites} empty={t('dependencies.noPrerequisites')} />
        </section>
        <section aria-labelledby="dependants-title">
          <Title order={3} size="h4" id="dependants-title">
            {t('dependencies.dependants')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('dependencies.dependantsHint')}
          </Text>
          <TaskLinkList links={dependants} empty={t('dependencies.noDependants')} />
        </section>
      </SimpleGrid>
    </Stack>
  );
}
