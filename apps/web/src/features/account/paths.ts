/** The signed-in person's own sessions and API tokens. */
export const accountPaths = { account: '/administration/account' };
