import { Button, Group, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSessionIfKnown } from '../api/get-session.ts';
import { useSignOut } from '../api/sign-out.ts';
import { sessionPaths, signInPathFor } from '../paths.ts';

/** The header's corner: who is signed in, with their account and signing out; or a way to sign in. */
export function AccountMenu({ accountPath, narrow }: { accountPath: string; narrow: boolean }) {
  const { t } = useTranslation('session');
  const { data: session, isPending } = useSessionIfKnown();
  const location = useLocation();
  const navigate = useNavigate();
  // flushSync: the protected page must be gone before the session is, or it would send the user to sign in and back.
  const signOut = useSignOut(() => navigate(sessionPaths.signIn, { state: { signedOut: true }, flushSync: true }));
  const [failed, setFailed] = useState(false);

  if (isPending || session === undefined) return null;
  if (session === null) {
    if (location.pathname === sessionPaths.signIn) return null;
    return (
      <Button
        component={Link}
        to={signInPathFor(location.pathname + location.search)}
        variant="default"
        size={narrow ? 'xs' : 'sm'}
      >
        {t('account.signIn')}
      </Button>
    );
  }

  const name = session.person.name;
  const onSignOut = () => {
    setFailed(false);
    signOut.mutate(undefined, { onError: () => setFailed(true) });
  };
  const menu = (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size={narrow ? 'xs' : 'sm'}
          aria-label={t('account.menu', { name })}
          loading={signOut.isPending}
          maw={narrow ? 120 : 260}
        >
          <Text span truncate="end" size="sm" inherit>
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{session.person.email}</Menu.Label>
        <Menu.Item component={Link} to={accountPath}>
          {t('account.myAccount')}
        </Menu.Item>
        <Menu.Item onClick={onSignOut}>{t('account.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
  return failed ? (
    <Group gap="xs" wrap="nowrap">
      <Text role="alert" c="red.9" size="sm" visibleFrom="sm">
        {t('account.signOutFailed')}
      </Text>
      {menu}
    </Group>
  ) : (
    menu
  );
}
