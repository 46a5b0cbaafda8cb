import { Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LiveRegion } from '../../../../components/ui/live-region.tsx';
import { useLanguage } from '../../../../lib/i18n.ts';
import { formatRigaTime } from '../../lib/riga-clock.ts';
import type { SaveState } from '../../lib/use-autosave.ts';

interface SaveStatusProps {
  state: SaveState;
  errorCount: number;
  onShowErrors: () => void;
  onRetry: () => void;
}

/**
 * Where the draft stands, said politely by screen readers when it changes: saved at, saving, or why not. A live
 * region rather than a status role, which the pages keep for loading.
 */
export function SaveStatus({ state, errorCount, onShowErrors, onRetry }: SaveStatusProps) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  return (
    <Group gap="sm" wrap="wrap">
      <LiveRegion>
        <Group gap={6} wrap="nowrap">
          {state.kind === 'saving' && <Loader size="xs" aria-hidden />}
          <Text
            size="sm"
            fw={500}
            c={state.kind === 'saved' || state.kind === 'saving' || state.kind === 'pending' ? undefined : 'red.9'}
          >
            {state.kind === 'saved' && t('editor.saved', { time: formatRigaTime(state.at, language) })}
            {state.kind === 'saving' && t('editor.saving')}
            {state.kind === 'pending' && t('editor.unsaved')}
            {state.kind === 'invalid' && t('editor.invalid', { count: errorCount })}
            {state.kind === 'failed' && (state.retrying ? t('editor.saveFailed') : t('editor.saveRefused'))}
            {state.kind === 'conflict' && t('editor.conflictStatus')}
            {state.kind === 'closed' && t('editor.closedStatus')}
          </Text>
        </Group>
      </LiveRegion>
      {state.kind === 'invalid' && (
        <Button size="compact-sm" variant="default" onClick={onShowErrors}>
          {t('editor.showErrors')}
        </Button>
      )}
      {state.kind === 'failed' && (
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          {t('editor.retry')}
        </Button>
      )}
    </Group>
  );
}
