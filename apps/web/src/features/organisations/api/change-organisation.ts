import {
  type ArchiveOrganisation,
  type OrganisationCreate,
  type OrganisationUpdate,
  organisationRoutes,
} from '@saimnieks/contracts/organisations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/** After any change the tree, the lists and the choices elsewhere are read again. */
function useRefreshOrganisations() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['organisations'] });
}

export function useCreateOrganisation() {
  const lang = useLanguage();
  const refresh = useRefreshOrganisations();
  return useMutation({
    mutationFn: (body: z.input<typeof OrganisationCreate>) =>
      apiSend(organisationRoutes.create, { body, query: { lang } }),
    onSuccess: refresh,
  });
}

export function useUpdateOrganisation() {
  const lang = useLanguage();
  const refresh = useRefreshOrganisations();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof OrganisationUpdate> }) =>
      apiSend(organisationRoutes.update, { params: { id }, body, query: { lang } }),
    // A stale version also refreshes: the form is then saved on top of what the other person changed.
    onSettled: refresh,
  });
}

export function useArchiveOrganisation() {
  const lang = useLanguage();
  const refresh = useRefreshOrganisations();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof ArchiveOrganisation> }) =>
      apiSend(organisationRoutes.archive, { params: { id }, body, query: { lang } }),
    onSettled: refresh,
  });
}
