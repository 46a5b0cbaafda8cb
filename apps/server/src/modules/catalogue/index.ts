// The public catalogue module's public surface.
export { catalogueProblemTitles } from './catalogue.problems.ts';
export { registerCatalogueRoutes } from './catalogue.routes.ts';
