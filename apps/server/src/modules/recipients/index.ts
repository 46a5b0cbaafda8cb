// The recipients module's public surface: recipient groups of institutions and municipalities and their needs (PU2-2).
export { recipientProblemTitles } from './recipients.problems.ts';
export { registerRecipientRoutes } from './recipients.routes.ts';
export { makeCreateRecipientGroup } from './use-cases/create-recipient-group.ts';
export { makeCreateRecipientNeed } from './use-cases/create-recipient-need.ts';
