import { Paper, Tabs, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkdownText } from '../markdown-text.tsx';
import { fieldId, useEditorFields } from './editor-context.tsx';

interface MarkdownFieldProps {
  path: string;
  label: string;
  lang: 'lv' | 'en';
  value: string;
  onChange: (value: string) => void;
}

/** A Markdown text with a preview as the catalogue will show it. */
export function MarkdownField({ path, label, lang, value, onChange }: MarkdownFieldProps) {
  const { t } = useTranslation('portfolio');
  const fields = useEditorFields();
  return (
    <Tabs defaultValue="write" keepMounted={false}>
      <Tabs.List aria-label={label}>
        <Tabs.Tab value="write">{t('editor.write')}</Tabs.Tab>
        <Tabs.Tab value="preview">{t('editor.preview')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="xs">
        <Textarea
          id={fieldId(path)}
          name={path}
          label={label}
          description={t('editor.markdownHint')}
          lang={lang}
          autosize
          minRows={6}
          maxRows={30}
          maxLength={20_000}
          value={value}
          onChange={(event) => {
            fields.touch(path);
            onChange(event.currentTarget.value);
          }}
          error={fields.errorOf(path)}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        <Paper withBorder p="md" lang={lang}>
          {value.trim() ? (
            <MarkdownText source={value} headingOffset={2} />
          ) : (
            <Text c="dimmed">{t('editor.previewEmpty')}</Text>
          )}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  );
}
