import { passwordRoutes } from '@saimnieks/contracts/people';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api.ts';

/** Asks for a reset link; the server accepts every address alike, so the answer tells nothing about accounts. */
export const useRequestPasswordReset = () =>
  useMutation({
    mutationFn: (body: { email: string }) => apiSend(passwordRoutes.requestReset, { body }),
  });
