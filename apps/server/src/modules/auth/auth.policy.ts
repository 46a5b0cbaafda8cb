import type { Principal } from '../../platform/auth/principal.ts';
import { ForbiddenError } from '../../platform/errors/errors.ts';

/**
 * Tokens and sessions are managed only from a signed-in session, never with a personal API token:
 * a leaked token must not mint further tokens that outlive its revocation, end its owner's
 * sessions, or tell where its owner signs in from.
 */
export function assertMayManageCredentials(principal: Principal) {
  if (principal.via.kind === 'token') {
    throw new ForbiddenError(
      'token-not-allowed',
      'Personal API tokens cannot list or change tokens and sessions; sign in to do that',
    );
  }
}
