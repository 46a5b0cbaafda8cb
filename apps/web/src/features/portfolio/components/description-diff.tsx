import { Code, Table, Text } from '@mantine/core';
import { labelOf } from '@saimnieks/contracts/reference/code-list';
import type { DescriptionDiff as Diff } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n.ts';
import { codeListAt, enumAt } from '../lib/code-values.ts';
import { useContentTexts } from '../lib/use-content-texts.ts';

/** What changed between two versions, one row per changed value, with codes in words. */
export function DescriptionDiff({ diff }: { diff: Diff }) {
  const { t } = useTranslation('portfolio');
  const texts = useContentTexts();
  if (diff.changes.length === 0) return <Text>{t('diff.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{t('diff.caption', { from: diff.from, to: diff.to })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('diff.field')}</Table.Th>
            <Table.Th scope="col">{t('diff.before', { number: diff.from })}</Table.Th>
            <Table.Th scope="col">{t('diff.after', { number: diff.to })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diff.changes.map((change) => (
            <Table.Tr key={change.path}>
              <Table.Th scope="row" fw={500}>
                {texts.labelOf(change.path)}
              </Table.Th>
              <Table.Td>
                <DiffValue path={change.path} value={change.before} />
              </Table.Td>
              <Table.Td>
                <DiffValue path={change.path} value={change.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DiffValue({ path, value }: { path: string; value: unknown }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  if (value === null || value === undefined || value === '')
    return (
      <Text span c="dimmed">
        {t('diff.empty')}
      </Text>
    );
  if (typeof value === 'boolean') return <>{value ? t('diff.yes') : t('diff.no')}</>;
  if (typeof value === 'string') {
    const list = codeListAt(path);
    const messages = enumAt(path);
    const named = list
      ? labelOf(list, value, language)
      : messages
        ? t(`${messages}.${value}` as 'audience.natural_person')
        : undefined;
    return <span style={{ whiteSpace: 'pre-wrap' }}>{named ?? value}</span>;
  }
  if (typeof value === 'number') return <>{value}</>;
  // A whole item added or removed: shown as it is stored.
  return (
    <Code block style={{ whiteSpace: 'pre-wrap' }}>
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}
