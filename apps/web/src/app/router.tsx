import { createBrowserRouter } from 'react-router';
import { accountPaths } from '../features/account/paths.ts';
import { auditPaths } from '../features/audit/paths.ts';
import { modelPaths } from '../features/model/paths.ts';
import { organisationPaths } from '../features/organisations/paths.ts';
import { peoplePaths } from '../features/people/paths.ts';
import { portfolioPaths, portfolioRoutes } from '../features/portfolio/paths.ts';
import { recipientPaths } from '../features/recipients/paths.ts';
import { responsibilityPaths } from '../features/responsibilities/paths.ts';
import { sessionPaths } from '../features/session/paths.ts';
import { RequireSession } from './layout/require-session.tsx';
import { Shell } from './layout/shell.tsx';
import { administrationPath, builtModules, modules } from './modules.ts';
import { AccountPage } from './routes/administration/account.tsx';
import { AuditPage } from './routes/administration/audit.tsx';
import { OrganisationsPage } from './routes/administration/organisations.tsx';
import { AdministrationPage } from './routes/administration/overview.tsx';
import { PeoplePage } from './routes/administration/people.tsx';
import { PersonPage } from './routes/administration/person.tsx';
import { ResponsibilitiesPage } from './routes/administration/responsibilities.tsx';
import { catalogueRoutes } from './routes/catalogue/routes.ts';
import { HomePage } from './routes/home.tsx';
import { CapabilitiesPage } from './routes/model/capabilities.tsx';
import { ConditionsPage } from './routes/model/conditions.tsx';
import { ModelOverviewPage } from './routes/model/overview.tsx';
import { RolesPage } from './routes/model/roles.tsx';
import { SchemePage } from './routes/model/scheme.tsx';
import { StagesPage } from './routes/model/stages.tsx';
import { TaskPage } from './routes/model/task.tsx';
import { TasksPage } from './routes/model/tasks.tsx';
import { ModuleComingSoonPage } from './routes/module-coming-soon.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { PortfolioPage } from './routes/portfolio/portfolio.tsx';
import { RecipientGroupsPage } from './routes/portfolio/recipient-groups.tsx';
import { ReviewsPage } from './routes/portfolio/reviews.tsx';
import { ServicePage } from './routes/portfolio/service.tsx';
import { ServiceEditorPage } from './routes/portfolio/service-editor.tsx';
import { PortfolioSettingsPage } from './routes/portfolio/settings.tsx';
import { RouteError } from './routes/route-error.tsx';
import { PasswordResetPage } from './routes/session/password-reset.tsx';
import { SetPasswordPage } from './routes/session/set-password.tsx';
import { SetupPage } from './routes/session/setup.tsx';
import { SignInPage } from './routes/session/sign-in.tsx';

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
          { path: modelPaths.overview, Component: ModelOverviewPage },
          { path: modelPaths.tasks, Component: TasksPage },
          { path: `${modelPaths.tasks}/:code`, Component: TaskPage },
          { path: modelPaths.scheme, Component: SchemePage },
          { path: modelPaths.roles, Component: RolesPage },
          { path: modelPaths.stages, Component: StagesPage },
          { path: modelPaths.conditions, Component: ConditionsPage },
          { path: modelPaths.capabilities, Component: CapabilitiesPage },
          { path: sessionPaths.signIn, Component: SignInPage },
          { path: sessionPaths.passwordReset, Component: PasswordResetPage },
          { path: sessionPaths.setPassword, Component: SetPasswordPage },
          { path: sessionPaths.setup, Component: SetupPage },
          {
            Component: RequireSession,
            children: [
              { path: administrationPath, Component: AdministrationPage },
              { path: organisationPaths.tree, Component: OrganisationsPage },
              { path: peoplePaths.list, Component: PeoplePage },
              { path: `${peoplePaths.list}/:id`, Component: PersonPage },
              { path: responsibilityPaths.matrix, Component: ResponsibilitiesPage },
              { path: auditPaths.log, Component: AuditPage },
              { path: accountPaths.account, Component: AccountPage },
              { path: recipientPaths.groups, Component: RecipientGroupsPage },
              { path: portfolioPaths.portfolio, Component: PortfolioPage },
              { path: portfolioRoutes.service, Component: ServicePage },
              { path: portfolioRoutes.editor, Component: ServiceEditorPage },
              { path: portfolioPaths.reviews, Component: ReviewsPage },
              { path: portfolioPaths.settings, Component: PortfolioSettingsPage },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
