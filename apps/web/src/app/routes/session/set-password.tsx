import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { SetPasswordForm } from '../../../features/session/components/set-password-form.tsx';
import { linkTokenOf } from '../../../features/session/lib/link-token.ts';
import { sessionPaths } from '../../../features/session/paths.ts';

/** Where invitation and reset links lead: `/set-password#token=…`. */
export function SetPasswordPage() {
  const { t } = useTranslation('session');
  const { hash } = useLocation();
  const [token] = useState(() => linkTokenOf(hash));
  const [done, setDone] = useState(false);

  return (
    <Stack maw={480}>
      <PageTitle>{t('setPassword.title')}</PageTitle>
      {done ? (
        <>
          <Alert color="teal" variant="light" title={t('setPassword.done')} />
          <Anchor component={Link} to={sessionPaths.signIn}>
            {t('signIn.submit')}
          </Anchor>
        </>
      ) : token ? (
        <>
          <Text>{t('setPassword.lead')}</Text>
          <SetPasswordForm
            token={token}
            onDone={() => {
              // The secret has been used; keep it out of the history and the address bar.
              window.history.replaceState(window.history.state, '', sessionPaths.setPassword);
              setDone(true);
            }}
          />
          <Anchor component={Link} to={sessionPaths.passwordReset} size="sm">
            {t('setPassword.requestNew')}
          </Anchor>
        </>
      ) : (
        <>
          <Alert color="red" variant="light" title={t('password.noToken')} />
          <Anchor component={Link} to={sessionPaths.passwordReset}>
            {t('setPassword.requestNew')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
