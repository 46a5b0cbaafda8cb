import { type PersonCreate, type PersonUpdate, peopleRoutes } from '@saimnieks/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api.ts';

function useRefreshPeople() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['people'] });
}

/** Invites a person: the server creates them without a password and sends them a one-time link. */
export function useInvitePerson() {
  const refresh = useRefreshPeople();
  return useMutation({
    mutationFn: (body: PersonCreate) => apiSend(peopleRoutes.create, { body }),
    onSuccess: refresh,
  });
}

export function useUpdatePerson() {
  const refresh = useRefreshPeople();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PersonUpdate }) =>
      apiSend(peopleRoutes.update, { params: { id }, body }),
    onSettled: refresh,
  });
}

export function useDeactivatePerson() {
  const refresh = useRefreshPeople();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiSend(peopleRoutes.deactivate, { params: { id }, body: { version } }),
    onSettled: refresh,
  });
}

export function useReactivatePerson() {
  const refresh = useRefreshPeople();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiSend(peopleRoutes.reactivate, { params: { id }, body: { version } }),
    onSettled: refresh,
  });
}

export const useResendInvitation = () =>
  useMutation({ mutationFn: (id: string) => apiSend(peopleRoutes.resendInvitation, { params: { id } }) });

export function useSetAdministrator() {
  const refresh = useRefreshPeople();
  return useMutation({
    mutationFn: ({ id, isAdministrator, version }: { id: string; isAdministrator: boolean; version: number }) =>
      apiSend(peopleRoutes.administrator, { params: { id }, body: { isAdministrator, version } }),
    onSettled: refresh,
  });
}
