import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n.ts';
import { type ExportFormat, exportUrl, type PortfolioFilter } from '../lib/portfolio-filter.ts';

const FORMATS: readonly {
  format: ExportFormat;
  label: 'portfolio.csv' | 'portfolio.xlsx';
  /** The whole name, which says what the short label on the button downloads. */
  full: 'portfolio.downloadCsv' | 'portfolio.downloadXlsx';
}[] = [
  { format: 'csv', label: 'portfolio.csv', full: 'portfolio.downloadCsv' },
  { format: 'xlsx', label: 'portfolio.xlsx', full: 'portfolio.downloadXlsx' },
];

/** The filtered portfolio, every page of it, as a file: links, so that the browser downloads with the session. */
export function ExportLinks({ filter }: { filter: PortfolioFilter }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  return (
    <Group gap="xs">
      <Text size="sm" fw={500}>
        {t('portfolio.download')}:
      </Text>
      {FORMATS.map(({ format, label, full }) => (
        <Button
          key={format}
          component="a"
          href={exportUrl(filter, format, language)}
          download
          variant="default"
          size="compact-sm"
          aria-label={t(full)}
        >
          {t(label)}
        </Button>
      ))}
    </Group>
  );
}
