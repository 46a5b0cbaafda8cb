import { createBrowserRouter } from 'react-router';
import { modelPaths } from '../features/model/paths.ts';
import { Shell } from './layout/shell.tsx';
import { modules } from './modules.ts';
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
import { RouteError } from './routes/route-error.tsx';

export const router = createBrowserRouter([
  {
    Component: Shell,
    children: [
      {
        // Inside the shell, so that a failed page keeps the header and navigation.
        ErrorBoundary: RouteError,
        children: [
          { path: '/', Component: HomePage },
          ...modules
            .filter(({ key }) => key !== 'model')
            .map(({ key, path }) => ({ path, element: <ModuleComingSoonPage module={key} /> })),
          { path: modelPaths.overview, Component: ModelOverviewPage },
          { path: modelPaths.tasks, Component: TasksPage },
          { path: `${modelPaths.tasks}/:code`, Component: TaskPage },
          { path: modelPaths.scheme, Component: SchemePage },
          { path: modelPaths.roles, Component: RolesPage },
          { path: modelPaths.stages, Component: StagesPage },
          { path: modelPaths.conditions, Component: ConditionsPage },
          { path: modelPaths.capabilities, Component: CapabilitiesPage },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
