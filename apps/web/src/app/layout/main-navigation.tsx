import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { modelPaths, modelSections } from '../../features/model/paths.ts';
import { modules } from '../modules.ts';

export function MainNavigation() {
  const { t } = useTranslation(['app', 'model']);
  const { pathname } = useLocation();
  const isCurrent = (path: string) => pathname === path;
  const inModel = pathname.startsWith(modelPaths.overview);

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
      {modules.map(({ key, path }) => (
        <li key={key}>
          <NavLink
            component={Link}
            to={path}
            label={t(`modules.${key}.name`)}
            active={isCurrent(path)}
            aria-current={isCurrent(path) ? 'page' : undefined}
          />
          {key === 'model' && inModel && (
            <Stack
              gap={2}
              component="ul"
              style={{ listStyle: 'none', margin: 0, paddingLeft: 'var(--mantine-spacing-md)' }}
            >
              {modelSections.map((section) => (
                <li key={section}>
                  <NavLink
                    component={Link}
                    to={modelPaths[section]}
                    label={t(`model:sections.${section}`)}
                    active={pathname.startsWith(modelPaths[section])}
                    aria-current={isCurrent(modelPaths[section]) ? 'page' : undefined}
                  />
                </li>
              ))}
            </Stack>
          )}
        </li>
      ))}
    </Stack>
  );
}
