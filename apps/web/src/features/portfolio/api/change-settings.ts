import { type CatalogueSettingsUpdate, serviceRoutes } from '@saimnieks/contracts/services';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api.ts';

/** Changes the portfolio's rules; the services are read again, as gates and degrees show on them. */
export function useUpdatePortfolioSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CatalogueSettingsUpdate>) => apiSend(serviceRoutes.updateSettings, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['services'] }),
  });
}
