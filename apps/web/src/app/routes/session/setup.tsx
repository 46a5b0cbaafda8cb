import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { SetupForm } from '../../../features/session/components/setup-form.tsx';
import { linkTokenOf } from '../../../features/session/lib/link-token.ts';
import { sessionPaths } from '../../../features/session/paths.ts';

/** Where the setup link printed at the first start leads: `/setup#token=…`. */
export function SetupPage() {
  const { t } = useTranslation('session');
  const { hash } = useLocation();
  const [token] = useState(() => linkTokenOf(hash));
  const [done, setDone] = useState(false);

  return (
    <Stack maw={480}>
      <PageTitle>{t('setup.title')}</PageTitle>
      {done ? (
        <>
          <Alert color="teal" variant="light" title={t('setup.done')} />
          <Anchor component={Link} to={sessionPaths.signIn}>
            {t('signIn.submit')}
          </Anchor>
        </>
      ) : token ? (
        <>
          <Text>{t('setup.lead')}</Text>
          <SetupForm
            token={token}
            onDone={() => {
              window.history.replaceState(window.history.state, '', sessionPaths.setup);
              setDone(true);
            }}
          />
        </>
      ) : (
        <Alert color="red" variant="light" title={t('password.noToken')} />
      )}
    </Stack>
  );
}
