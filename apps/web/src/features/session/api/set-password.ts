import { passwordRoutes } from '@saimnieks/contracts/people';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api.ts';

/** Sets a password with the token of an invitation or reset link. */
export const useSetPassword = () =>
  useMutation({
    mutationFn: (body: { token: string; password: string }) => apiSend(passwordRoutes.setPassword, { body }),
  });
