import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { LoadingState } from '../../components/ui/loading-state.tsx';
import { accountPaths } from '../../features/account/paths.ts';
import { AccountMenu } from '../../features/session/components/account-menu.tsx';
import { useNarrowScreen } from '../../lib/use-narrow-screen.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { MainNavigation } from './main-navigation.tsx';
import classes from './shell.module.css';

const MAIN_ID = 'main';

export function Shell() {
  const { t } = useTranslation();
  const [navigationOpened, navigation] = useDisclosure(false);
  const narrow = useNarrowScreen();
  const mainRef = useMoveFocusToMainOnNavigation(navigation.close);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !navigationOpened } }}
      padding="lg"
    >
      <a href={`#${MAIN_ID}`} className={classes.skipLink}>
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigationOpened}
              onClick={navigation.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('navigation.toggle')}
              aria-expanded={navigationOpened}
              aria-controls="main-navigation"
            />
            <Link to="/" className={classes.productName}>
              {t('productName')}
            </Link>
            <Text c="dimmed" size="sm" visibleFrom="md">
              {t('productTagline')}
            </Text>
          </Group>
          <Group gap={narrow ? 6 : 'sm'} wrap="nowrap">
            <LanguageSwitch />
            <AccountMenu accountPath={accountPaths.account} narrow={narrow} />
          </Group>
        </Group>
      </AppShell.Header>
      {/* A collapsed navigation is only moved off screen; inert keeps the keyboard from wandering into it. */}
      <AppShell.Navbar
        p="sm"
        id="main-navigation"
        aria-label={t('navigation.label')}
        inert={narrow && !navigationOpened}
      >
        <MainNavigation />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} ref={mainRef} tabIndex={-1} className={classes.main}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <ScrollRestoration />
    </AppShell>
  );
}

/** Without this a screen reader stays on the clicked link and never hears that the page changed. */
function useMoveFocusToMainOnNavigation(onNavigate: () => void) {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    onNavigate();
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, onNavigate]);
  return mainRef;
}
