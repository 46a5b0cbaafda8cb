import { Anchor, Box, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ServiceManagementModel } from '@saimnieks/contracts/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type GraphGeometry, layerTasks } from '../lib/graph-layout.ts';
import { modelPaths } from '../paths.ts';
import classes from './dependency-graph.module.css';
import { DependencyGraph, type GraphTask } from './dependency-graph.tsx';
import { DependencyLegend } from './dependency-legend.tsx';

const geometry: GraphGeometry = {
  nodeWidth: 210,
  nodeHeight: 76,
  layerGap: 64,
  nodeGap: 14,
  orientation: 'horizontal',
  alignment: 'chains',
};

/** Every task and every known dependency of the model in one layered drawing. */
export function ModelScheme({ model }: { model: ServiceManagementModel }) {
  const { t } = useTranslation('model');
  const { layers, unlinked } = layerTasks(
    model.tasks.map(({ code }) => code),
    model.dependencies,
  );
  const graphTasks = new Map<string, GraphTask>(
    model.tasks.map(({ code, name, group }) => [code, { code, name, group }]),
  );
  const taskName = (code: string) => graphTasks.get(code)?.name ?? code;

  return (
    <Stack gap="lg">
      <Group gap="lg" align="flex-start">
        <DependencyLegend />
        <div>
          <Text size="sm" fw={700}>
            {t('scheme.groups')}
          </Text>
          <Group component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {model.taskGroups.map((group) => (
              <Group component="li" key={group.code} gap={6} wrap="nowrap">
                <svg width="18" height="14" aria-hidden="true" className={classes.node} data-group={group.code}>
                  <rect className={classes.box} x="1" y="1" width="16" height="12" rx="3" />
                </svg>
                <Text size="sm">
                  {group.code} · {group.name}
                </Text>
              </Group>
            ))}
          </Group>
        </div>
      </Group>
      <DependencyGraph
        label={t('scheme.graphLabel')}
        layers={layers}
        dependencies={model.dependencies}
        tasks={graphTasks}
        geometry={geometry}
        nameLines={3}
      />
      {unlinked.length > 0 && (
        <section aria-labelledby="unlinked-title">
          <Title order={2} size="h3" id="unlinked-title">
            {t('scheme.unlinked')}
          </Title>
          <Text c="dimmed" mb="xs">
            {t('scheme.unlinkedHint')}
          </Text>
          <List listStyleType="none" p={0} spacing="xs">
            {unlinked.map((code) => (
              <List.Item key={code}>
                <Anchor component={Link} to={modelPaths.task(code)}>
                  <strong>{code}</strong> {taskName(code)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </section>
      )}
      <Box component="details">
        <Text component="summary" fw={700} style={{ cursor: 'pointer' }}>
          {t('scheme.tableSummary')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped mt="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('scheme.from')}</Table.Th>
                <Table.Th scope="col">{t('scheme.to')}</Table.Th>
                <Table.Th scope="col">{t('scheme.basis')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {model.dependencies.map(({ from, to, basis }) => (
                <Table.Tr key={`${from}→${to}`}>
                  <Table.Td>
                    {from} {taskName(from)}
                  </Table.Td>
                  <Table.Td>
                    {to} {taskName(to)}
                  </Table.Td>
                  <Table.Td>{t(`dependencies.${basis}Short`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
    </Stack>
  );
}
