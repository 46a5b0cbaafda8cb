/** Addresses of the model section, shared by the router and the links between model pages. */
export const modelPaths = {
  overview: '/model',
  tasks: '/model/tasks',
  task: (code: string) => `/model/tasks/${encodeURIComponent(code)}`,
  scheme: '/model/scheme',
  roles: '/model/roles',
  stages: '/model/stages',
  conditions: '/model/conditions',
  capabilities: '/model/capabilities',
};

/** The model's sub-pages in reading order, for navigation. */
export const modelSections = ['tasks', 'scheme', 'roles', 'stages', 'conditions', 'capabilities'] as const;
