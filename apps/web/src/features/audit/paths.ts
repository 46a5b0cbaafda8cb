/** The audit log; its filters are in the address (`?entityType=&entityId=&actorId=&action=&from=&to=&before=`). */
export const auditPaths = { log: '/administration/audit' };
