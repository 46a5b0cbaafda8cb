// The audit module's public surface: reading and verifying the audit trail.
export { registerAuditRoutes } from './audit.routes.ts';
