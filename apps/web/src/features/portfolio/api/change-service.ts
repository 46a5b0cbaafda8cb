import {
  type AssuranceRequest,
  type ServiceCreate,
  serviceRoutes,
  type TransitionRequest,
} from '@saimnieks/contracts/services';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/** After a change the portfolio, the service and the review lists are read again. */
export function useRefreshServices() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['services'] });
}

export function useCreateService() {
  const lang = useLanguage();
  const refresh = useRefreshServices();
  return useMutation({
    mutationFn: (body: z.input<typeof ServiceCreate>) => apiSend(serviceRoutes.create, { body, query: { lang } }),
    onSuccess: refresh,
  });
}

/** Moves a service to another stage; a refusal is a 409 naming the unmet gates. */
export function useTransitionService() {
  const lang = useLanguage();
  const refresh = useRefreshServices();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof TransitionRequest> }) =>
      apiSend(serviceRoutes.transition, { params: { id }, body, query: { lang } }),
    // A refusal or a stale version refreshes too: the dialog then offers what holds now.
    onSettled: refresh,
  });
}

export function useAssureService() {
  const lang = useLanguage();
  const refresh = useRefreshServices();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof AssuranceRequest> }) =>
      apiSend(serviceRoutes.assure, { params: { id }, body, query: { lang } }),
    onSettled: refresh,
  });
}
