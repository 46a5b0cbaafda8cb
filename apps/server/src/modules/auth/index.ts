// The auth module's public surface: sign-in, sessions, API tokens and the principal on every request.
export { authProblemTitles } from './auth.problems.ts';
export { type AuthDependencies, registerAuthentication } from './auth.routes.ts';
