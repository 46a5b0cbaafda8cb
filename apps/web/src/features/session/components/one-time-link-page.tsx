import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { linkTokenOf } from '../lib/link-token.ts';
import { sessionPaths } from '../paths.ts';

/**
 * A page a one-time link leads to (`…#token=…`): the form while the token is there, a done message
 * after it was used, and a refusal without one. `texts` is the key prefix of its texts.
 */
export function OneTimeLinkPage({
  texts,
  path,
  offerNewLink,
  form,
}: {
  texts: 'setPassword' | 'setup';
  path: string;
  /** Whether to point to the password-reset page for a new link. */
  offerNewLink: boolean;
  form: (token: string, onDone: () => void) => ReactNode;
}) {
  const { t } = useTranslation('session');
  const { hash } = useLocation();
  const [token] = useState(() => linkTokenOf(hash));
  const [done, setDone] = useState(false);
  const newLink = (size?: 'sm') =>
    offerNewLink && (
      <Anchor component={Link} to={sessionPaths.passwordReset} {...(size ? { size } : {})}>
        {t('setPassword.requestNew')}
      </Anchor>
    );

  return (
    <Stack maw={480}>
      <PageTitle>{t(`${texts}.title`)}</PageTitle>
      {done ? (
        <>
          <Alert color="teal" variant="light" title={t(`${texts}.done`)} />
          <Anchor component={Link} to={sessionPaths.signIn}>
            {t('signIn.submit')}
          </Anchor>
        </>
      ) : token ? (
        <>
          <Text>{t(`${texts}.lead`)}</Text>
          {form(token, () => {
            // The secret has been used; keep it out of the history and the address bar.
            window.history.replaceState(window.history.state, '', path);
            setDone(true);
          })}
          {newLink('sm')}
        </>
      ) : (
        <>
          <Alert color="red" variant="light" title={t('password.noToken')} />
          {newLink()}
        </>
      )}
    </Stack>
  );
}
