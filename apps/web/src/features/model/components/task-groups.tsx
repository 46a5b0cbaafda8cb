import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import type { ServiceManagementModel, Task } from '@saimnieks/contracts/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modelPaths } from '../paths.ts';

interface TaskGroupsProps {
  tasks: readonly Task[];
  taskGroups: ServiceManagementModel['taskGroups'];
  levels: ServiceManagementModel['levels'];
}

/** The tasks under their groups, PU1 to PU3, one table each. */
export function TaskGroups({ tasks, taskGroups, levels }: TaskGroupsProps) {
  const { t } = useTranslation('model');
  const levelName = (code: string) => levels.find((level) => level.code === code)?.name ?? code;
  return (
    <Stack gap="xl">
      {taskGroups.map((group) => (
        <section key={group.code} aria-labelledby={`group-${group.code}`}>
          <Title order={2} id={`group-${group.code}`}>
            {group.code} · {group.name}
          </Title>
          <Text c="dimmed" mb="sm">
            {t('tasks.levels')}: {group.levels.map(levelName).join(', ')}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={90}>
                    {t('tasks.code')}
                  </Table.Th>
                  <Table.Th scope="col">{t('tasks.task')}</Table.Th>
                  <Table.Th scope="col" w="30%">
                    {t('tasks.practice')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tasks
                  .filter((task) => task.group === group.code)
                  .map((task) => (
                    <Table.Tr key={task.code}>
                      <Table.Td>{task.code}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={modelPaths.task(task.code)}>
                          {task.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{task.practice?.name}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ))}
    </Stack>
  );
}
