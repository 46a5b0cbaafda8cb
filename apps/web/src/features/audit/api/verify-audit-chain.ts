import { auditRoutes } from '@saimnieks/contracts/audit';
import { useMutation } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

/**
 * Checks the hash chain of the whole trail, on request: it reads every event, so it is asked for, not loaded
 * with the page. A mutation only in that it runs when the button is pressed; nothing changes.
 */
export const useVerifyAuditChain = () => useMutation({ mutationFn: () => apiGet(auditRoutes.verify) });
