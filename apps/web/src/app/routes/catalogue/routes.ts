import type { RouteObject } from 'react-router';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { cataloguePaths } from '../../../features/catalogue/paths.ts';
import { addMessages } from '../../../lib/i18n.ts';

/**
 * The public catalogue's pages load on demand, with their texts: residents and businesses who open a service
 * from a search engine fetch the catalogue and nothing else of it, and staff never fetch it unless they open it.
 */
let messages: Promise<void> | undefined;
const loadMessages = () => {
  messages ??= Promise.all([
    import('../../../features/catalogue/locales/lv.ts'),
    import('../../../features/catalogue/locales/en.ts'),
  ]).then(([{ catalogueLv }, { catalogueEn }]) => addMessages('catalogue', { lv: catalogueLv, en: catalogueEn }));
  return messages;
};

// Shown in the page's place while the first catalogue page of a visit loads; a page of its own would be blank.
const HydrateFallback = LoadingState;

export const catalogueRoutes: RouteObject[] = [
  {
    path: cataloguePaths.search,
    HydrateFallback,
    lazy: async () => {
      const [page] = await Promise.all([import('./search.tsx'), loadMessages()]);
      return { Component: page.CatalogueSearchPage };
    },
  },
  {
    path: cataloguePaths.lifeEvents,
    HydrateFallback,
    lazy: async () => {
      const [page] = await Promise.all([import('./life-events.tsx'), loadMessages()]);
      return { Component: page.CatalogueLifeEventsPage };
    },
  },
  {
    path: `${cataloguePaths.search}/services/:id`,
    HydrateFallback,
    lazy: async () => {
      const [page] = await Promise.all([import('./service.tsx'), loadMessages()]);
      return { Component: page.CatalogueServicePage, ErrorBoundary: page.CatalogueServiceError };
    },
  },
];
