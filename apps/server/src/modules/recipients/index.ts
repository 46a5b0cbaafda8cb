// The recipients module's public surface: recipient groups of institutions and municipalities and their needs (PU2-2).
export { recipientProblemTitles } from './recipients.problems.ts';
export { registerRecipientRoutes } from './recipients.routes.ts';
