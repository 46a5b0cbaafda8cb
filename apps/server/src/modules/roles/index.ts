// The roles module's public surface: role assignments and role compatibility.
export { roleProblemTitles } from './roles.problems.ts';
export { registerRoleRoutes } from './roles.routes.ts';
