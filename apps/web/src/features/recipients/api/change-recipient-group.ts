import {
  type ArchiveRecipientGroup,
  type RecipientGroupCreate,
  type RecipientGroupUpdate,
  type RecipientNeedCreate,
  type RecipientNeedUpdate,
  recipientRoutes,
} from '@saimnieks/contracts/recipients';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/**
 * After any change, or a refusal (a stale version reloads what the other person saved), the groups are read
 * again, and so are the needs shown with a service.
 */
function useRefreshRecipientGroups() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['recipient-groups'] }),
      queryClient.invalidateQueries({ queryKey: ['service-needs'] }),
    ]);
}

export function useCreateRecipientGroup() {
  const lang = useLanguage();
  const refresh = useRefreshRecipientGroups();
  return useMutation({
    mutationFn: (body: z.input<typeof RecipientGroupCreate>) =>
      apiSend(recipientRoutes.create, { body, query: { lang } }),
    onSuccess: refresh,
  });
}

export function useUpdateRecipientGroup() {
  const lang = useLanguage();
  const refresh = useRefreshRecipientGroups();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof RecipientGroupUpdate> }) =>
      apiSend(recipientRoutes.update, { params: { id }, body, query: { lang } }),
    onSettled: refresh,
  });
}

export function useArchiveRecipientGroup() {
  const lang = useLanguage();
  const refresh = useRefreshRecipientGroups();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof ArchiveRecipientGroup> }) =>
      apiSend(recipientRoutes.archive, { params: { id }, body, query: { lang } }),
    onSettled: refresh,
  });
}

export function useCreateRecipientNeed() {
  const lang = useLanguage();
  const refresh = useRefreshRecipientGroups();
  return useMutation({
    mutationFn: ({ groupId, body }: { groupId: string; body: z.input<typeof RecipientNeedCreate> }) =>
      apiSend(recipientRoutes.createNeed, { params: { id: groupId }, body, query: { lang } }),
    onSettled: refresh,
  });
}

export function useUpdateRecipientNeed() {
  const lang = useLanguage();
  const refresh = useRefreshRecipientGroups();
  return useMutation({
    mutationFn: ({
      groupId,
      needId,
      body,
    }: {
      groupId: string;
      needId: string;
      body: z.input<typeof RecipientNeedUpdate>;
    }) => apiSend(recipientRoutes.updateNeed, { params: { id: groupId, needId }, body, query: { lang } }),
    onSettled: refresh,
  });
}

export function useDeleteRecipientNeed() {
  const refresh = useRefreshRecipientGroups();
  return useMutation({
    mutationFn: ({ groupId, needId, version }: { groupId: string; needId: string; version: number }) =>
      apiSend(recipientRoutes.deleteNeed, { params: { id: groupId, needId }, query: { version } }),
    onSettled: refresh,
  });
}
