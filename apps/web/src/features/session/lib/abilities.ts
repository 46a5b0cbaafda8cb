import type { SessionInfo } from '@saimnieks/contracts/auth';

/**
 * What the signed-in person may do, as far as the pages need to know to offer it. The server decides; this only
 * keeps the pages from offering what it would refuse. The technical administrator and the state lead institution
 * (R01) see every organisation and read the audit trail. (Who edits the responsibility matrix follows the matrix:
 * see the responsibilities feature.)
 */
export const seesEverything = (session: SessionInfo) =>
  session.person.isAdministrator || session.roles.some((role) => role.roleCode === 'R01');

export const mayReadAudit = seesEverything;
