import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingState } from '../components/ui/loading-state.tsx';
import { accountPaths } from '../features/account/paths.ts';
import { auditPaths } from '../features/audit/paths.ts';
import { modelPaths } from '../features/model/paths.ts';
import { organisationPaths } from '../features/organisations/paths.ts';
import { peoplePaths } from '../features/people/paths.ts';
import { portfolioPaths, portfolioRoutes } from '../features/portfolio/paths.ts';
import { recipientPaths } from '../features/recipients/paths.ts';
import { responsibilityPaths } from '../features/responsibilities/paths.ts';
import { sessionPaths } from '../features/session/paths.ts';
import { addMessages } from '../lib/i18n.ts';
import { RequireSession } from './layout/require-session.tsx';
import { Shell } from './layout/shell.tsx';
import { administrationPath, builtModules, modules } from './modules.ts';
import { catalogueRoutes } from './routes/catalogue/routes.ts';
import { HomePage } from './routes/home.tsx';
import { ModuleComingSoonPage } from './routes/module-coming-soon.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { RouteError } from './routes/route-error.tsx';
import { PasswordResetPage } from './routes/session/password-reset.tsx';
import { SetPasswordPage } from './routes/session/set-password.tsx';
import { SetupPage } from './routes/session/setup.tsx';
import { SignInPage } from './routes/session/sign-in.tsx';

let staffMessages: Promise<void> | undefined;
const loadStaffMessages = () => {
  staffMessages ??= import('./locales/staff.ts').then((loaded) => {
    for (const [namespace, messages] of Object.entries(loaded.staffMessages)) addMessages(namespace, messages);
  });
  return staffMessages;
};

/**
 * The pages of the model, the portfolio and the administration load on demand with their texts, as the catalogue's
 * do (`routes/catalogue/routes.ts`): a resident who opens a service of the catalogue downloads none of the staff's
 * code. While the first of them loads, the loader stands in the page's place.
 */
const onDemand = <Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): Pick<RouteObject, 'lazy' | 'HydrateFallback'> => ({
  HydrateFallback: LoadingState,
  lazy: async () => {
    const [page] = await Promise.all([load(), loadStaffMessages()]);
    return { Component: page[name] };
  },
});

export const router = createBrowserRouter([
  {
    Component: Shell,
    children: [
      {
        // Inside the shell, so that a failed page keeps the header and navigation.
        ErrorBoundary: RouteError,
        children: [
          { path: '/', Component: HomePage },
          ...catalogueRoutes,
          ...modules
            .filter(({ key }) => !builtModules.has(key))
            .map(({ key, path }) => ({ path, element: <ModuleComingSoonPage module={key} /> })),
          { path: modelPaths.overview, ...onDemand(() => import('./routes/model/overview.tsx'), 'ModelOverviewPage') },
          { path: modelPaths.tasks, ...onDemand(() => import('./routes/model/tasks.tsx'), 'TasksPage') },
          { path: `${modelPaths.tasks}/:code`, ...onDemand(() => import('./routes/model/task.tsx'), 'TaskPage') },
          { path: modelPaths.scheme, ...onDemand(() => import('./routes/model/scheme.tsx'), 'SchemePage') },
          { path: modelPaths.roles, ...onDemand(() => import('./routes/model/roles.tsx'), 'RolesPage') },
          { path: modelPaths.stages, ...onDemand(() => import('./routes/model/stages.tsx'), 'StagesPage') },
          { path: modelPaths.conditions, ...onDemand(() => import('./routes/model/conditions.tsx'), 'ConditionsPage') },
          {
            path: modelPaths.capabilities,
            ...onDemand(() => import('./routes/model/capabilities.tsx'), 'CapabilitiesPage'),
          },
          { path: sessionPaths.signIn, Component: SignInPage },
          { path: sessionPaths.passwordReset, Component: PasswordResetPage },
          { path: sessionPaths.setPassword, Component: SetPasswordPage },
          { path: sessionPaths.setup, Component: SetupPage },
          {
            Component: RequireSession,
            children: [
              {
                path: administrationPath,
                ...onDemand(() => import('./routes/administration/overview.tsx'), 'AdministrationPage'),
              },
              {
                path: organisationPaths.tree,
                ...onDemand(() => import('./routes/administration/organisations.tsx'), 'OrganisationsPage'),
              },
              { path: peoplePaths.list, ...onDemand(() => import('./routes/administration/people.tsx'), 'PeoplePage') },
              {
                path: `${peoplePaths.list}/:id`,
                ...onDemand(() => import('./routes/administration/person.tsx'), 'PersonPage'),
              },
              {
                path: responsibilityPaths.matrix,
                ...onDemand(() => import('./routes/administration/responsibilities.tsx'), 'ResponsibilitiesPage'),
              },
              { path: auditPaths.log, ...onDemand(() => import('./routes/administration/audit.tsx'), 'AuditPage') },
              {
                path: accountPaths.account,
                ...onDemand(() => import('./routes/administration/account.tsx'), 'AccountPage'),
              },
              {
                path: recipientPaths.groups,
                ...onDemand(() => import('./routes/portfolio/recipient-groups.tsx'), 'RecipientGroupsPage'),
              },
              {
                path: portfolioPaths.portfolio,
                ...onDemand(() => import('./routes/portfolio/portfolio.tsx'), 'PortfolioPage'),
              },
              {
                path: portfolioRoutes.service,
                ...onDemand(() => import('./routes/portfolio/service.tsx'), 'ServicePage'),
              },
              {
                path: portfolioRoutes.editor,
                ...onDemand(() => import('./routes/portfolio/service-editor.tsx'), 'ServiceEditorPage'),
              },
              {
                path: portfolioPaths.reviews,
                ...onDemand(() => import('./routes/portfolio/reviews.tsx'), 'ReviewsPage'),
              },
              {
                path: portfolioPaths.settings,
                ...onDemand(() => import('./routes/portfolio/settings.tsx'), 'PortfolioSettingsPage'),
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
