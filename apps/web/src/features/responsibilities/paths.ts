export const responsibilityPaths = { matrix: '/administration/responsibilities' };
