// The CPSV-AP exchange module's public surface.
export { cpsvApProblemTitles } from './cpsv-ap.problems.ts';
export { registerCpsvApRoutes } from './cpsv-ap.routes.ts';
export { makeExportCatalogue } from './use-cases/export-catalogue.ts';
