import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { PasswordResetForm } from '../../../features/session/components/password-reset-form.tsx';
import { sessionPaths } from '../../../features/session/paths.ts';

export function PasswordResetPage() {
  const { t } = useTranslation('session');
  const [sent, setSent] = useState(false);
  return (
    <Stack maw={480}>
      <PageTitle>{t('passwordReset.title')}</PageTitle>
      {sent ? (
        <Alert color="teal" variant="light" title={t('passwordReset.sent')} />
      ) : (
        <>
          <Text>{t('passwordReset.lead')}</Text>
          <PasswordResetForm onSent={() => setSent(true)} />
        </>
      )}
      <Anchor component={Link} to={sessionPaths.signIn}>
        {t('passwordReset.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
