// The people module's public surface: people, invitations, password links and the first administrator.
export { registerPasswordRoutes } from './password.routes.ts';
export { peopleProblemTitles } from './people.problems.ts';
export { registerPeopleRoutes } from './people.routes.ts';
export type { PeopleDependencies } from './use-cases/dependencies.ts';
export {
  AdministratorSetupError,
  makeEnsureFirstAdministrator,
  makeIssueSetupLink,
} from './use-cases/set-up-first-administrator.ts';
