import { NavLink, Stack } from '@mantine/core';
import { DEFAULT_LANGUAGE } from '@saimnieks/contracts/language';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { cataloguePaths } from '../../features/catalogue/paths.ts';
import { modelPaths, modelSections } from '../../features/model/paths.ts';
import { portfolioPaths } from '../../features/portfolio/paths.ts';
import {
  administrationPath,
  administrationSections,
  type ModuleKey,
  modules,
  type PortfolioSection,
  portfolioSections,
} from '../modules.ts';

// The model's and the portfolio's texts arrive with their first page (router.tsx): redraw when they do.
const redrawWhenTextsArrive = { bindI18nStore: 'added' } as const;

/**
 * A module's own pages, listed under it in the navigation while one of them is open, once the module's texts are
 * there (at the first load of a page, the navigation is drawn before they arrive).
 */
function useSubsections(): Partial<Record<ModuleKey, { path: string; label: string }[]>> {
  const { t, i18n } = useTranslation(['app', 'model', 'portfolio', 'recipients'], redrawWhenTextsArrive);
  const loaded = (...namespaces: string[]) =>
    namespaces.every((namespace) => i18n.hasResourceBundle(DEFAULT_LANGUAGE, namespace));
  const portfolioLabels: Record<PortfolioSection, string> = {
    recipientGroups: t('recipients:title'),
    reviews: t('portfolio:sections.reviews'),
    settings: t('portfolio:sections.settings'),
  };
  return {
    ...(loaded('portfolio', 'recipients') && {
      portfolio: portfolioSections.map(({ key, path }) => ({ path, label: portfolioLabels[key] })),
    }),
    ...(loaded('model') && {
      model: modelSections.map((section) => ({ path: modelPaths[section], label: t(`model:sections.${section}`) })),
    }),
    administration: administrationSections.map(({ key, path }) => ({
      path,
      label: t(`administration.sections.${key}`),
    })),
  };
}

export function MainNavigation() {
  const { t } = useTranslation(['app', 'model']);
  const { pathname } = useLocation();
  const isCurrent = (path: string) => pathname === path;
  const subsections = useSubsections();
  const openModule: ModuleKey | undefined = pathname.startsWith(portfolioPaths.portfolio)
    ? 'portfolio'
    : pathname.startsWith(modelPaths.overview)
      ? 'model'
      : pathname.startsWith(administrationPath)
        ? 'administration'
        : undefined;

  return (
    <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      <li>
        <NavLink
          component={Link}
          to="/"
          label={t('navigation.home')}
          active={isCurrent('/')}
          aria-current={isCurrent('/') ? 'page' : undefined}
        />
      </li>
      {/* Public, for residents and businesses: there whether or not anyone is signed in. */}
      <li>
        <NavLink
          component={Link}
          to={cataloguePaths.search}
          label={t('navigation.catalogue')}
          active={pathname.startsWith(cataloguePaths.search)}
          aria-current={isCurrent(cataloguePaths.search) ? 'page' : undefined}
        />
      </li>
      {modules.map(({ key, path }) => {
        const pages = key === openModule ? subsections[key] : undefined;
        return (
          <li key={key}>
            <NavLink
              component={Link}
              to={path}
              label={t(`modules.${key}.name`)}
              active={isCurrent(path)}
              aria-current={isCurrent(path) ? 'page' : undefined}
            />
            {pages && (
              <Stack
                gap={2}
                component="ul"
                style={{ listStyle: 'none', margin: 0, paddingLeft: 'var(--mantine-spacing-md)' }}
              >
                {pages.map((page) => (
                  <li key={page.path}>
                    <NavLink
                      component={Link}
                      to={page.path}
                      label={page.label}
                      active={pathname.startsWith(page.path)}
                      aria-current={isCurrent(page.path) ? 'page' : undefined}
                    />
                  </li>
                ))}
              </Stack>
            )}
          </li>
        );
      })}
    </Stack>
  );
}
