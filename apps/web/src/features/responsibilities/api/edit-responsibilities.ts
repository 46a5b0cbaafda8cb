import { type ResponsibilityMatrixEdit, responsibilityRoutes } from '@saimnieks/contracts/responsibilities';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api.ts';
import { responsibilityMatrixQuery } from './get-responsibilities.ts';

/** Saves the whole matrix as a new version on top of `baseVersion`. */
export function useEditResponsibilities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof ResponsibilityMatrixEdit>) => apiSend(responsibilityRoutes.edit, { body }),
    onSuccess: (matrix) => queryClient.setQueryData(responsibilityMatrixQuery.queryKey, matrix),
    // A stale version: read the newer one, on which the pending changes are then shown.
    onError: () => queryClient.invalidateQueries({ queryKey: responsibilityMatrixQuery.queryKey }),
  });
}
