// The services module's public surface.
export { writeCatalogueEntry } from './catalogue-entry.ts';
export { canSeeService, type ServicePlacement } from './services.policy.ts';
export { serviceProblemTitles } from './services.problems.ts';
export { registerServiceRoutes } from './services.routes.ts';
export { makeCreateService } from './use-cases/create-service.ts';
export { makeDescriptionWorkflow } from './use-cases/description-workflow.ts';
export { makeReadServices, type ServiceListFilter } from './use-cases/read-services.ts';
export { makeServiceAccess } from './use-cases/service-placement.ts';
export { makeTransitionService } from './use-cases/transition-service.ts';
