import { Table } from '@mantine/core';
import type { ServiceManagementModel } from '@saimnieks/contracts/model';
import { useTranslation } from 'react-i18next';

const dimensions = ['effectiveness', 'efficiency'] as const;
const terms = ['short', 'long'] as const;

/** The model writes goal descriptions as phrases in lower case; a table cell reads better starting in capitals. */
const asSentence = (phrase: string) => phrase.charAt(0).toLocaleUpperCase() + phrase.slice(1);

/**
 * The model's four goals as its 2×2: effectiveness and efficiency against the short and the long term.
 * A cell holds the goal's description only: its row and column headers already name it (and a goal's long
 * Latvian name would not fit a phone's width).
 */
export function GoalQuadrants({ goals }: { goals: ServiceManagementModel['goals'] }) {
  const { t } = useTranslation('model');
  const goalAt = (dimension: string, term: string) => goals.find((goal) => goal.code === `${dimension}-${term}`);
  return (
    <Table withTableBorder withColumnBorders verticalSpacing="md" layout="fixed">
      <Table.Caption>{t('overview.goalsCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('overview.dimension')}</Table.Th>
          <Table.Th scope="col">{t('overview.shortTerm')}</Table.Th>
          <Table.Th scope="col">{t('overview.longTerm')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {dimensions.map((dimension) => (
          <Table.Tr key={dimension}>
            <Table.Th scope="row">{t(`overview.${dimension}`)}</Table.Th>
            {terms.map((term) => {
              const goal = goalAt(dimension, term);
              return <Table.Td key={term}>{goal && asSentence(goal.description)}</Table.Td>;
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
