import { passwordRoutes } from '@saimnieks/contracts/people';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api.ts';

/** Creates the first administrator with the setup link printed at the first start. */
export const useSetUp = () =>
  useMutation({
    mutationFn: (body: { token: string; name: string; email: string; password: string }) =>
      apiSend(passwordRoutes.setup, { body }),
  });
