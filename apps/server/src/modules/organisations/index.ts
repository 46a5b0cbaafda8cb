// The organisations module's public surface.
export { organisationProblemTitles } from './organisations.problems.ts';
export { findStateOrganisation } from './organisations.repository.ts';
export { registerOrganisationRoutes } from './organisations.routes.ts';
export { makeCreateOrganisation } from './use-cases/create-organisation.ts';
export { makeOrganisationAccess, type OrganisationAccess } from './use-cases/organisation-access.ts';
