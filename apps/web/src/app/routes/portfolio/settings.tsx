import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { usePortfolioSettings } from '../../../features/portfolio/api/get-settings.ts';
import { SettingsForm } from '../../../features/portfolio/components/settings-form.tsx';
import { mayChangeSettings } from '../../../features/portfolio/lib/abilities.ts';
import { useSignedInSession } from '../../../features/session/api/get-session.ts';

/** `/portfolio/settings`: the portfolio's rules, changed by the state lead institution. */
export function PortfolioSettingsPage() {
  const { t } = useTranslation('portfolio');
  const session = useSignedInSession();
  const settings = usePortfolioSettings();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <PageTitle>{t('settings.title')}</PageTitle>
        <Text maw={900}>{t('settings.lead')}</Text>
      </div>
      <SettingsForm settings={settings} editable={mayChangeSettings(session)} />
    </Stack>
  );
}
