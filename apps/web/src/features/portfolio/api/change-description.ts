import {
  type DescriptionVersion,
  type ReviewDecision,
  type ServiceDescriptionContent,
  serviceRoutes,
} from '@saimnieks/contracts/services';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api.ts';
import { useRefreshServices } from './change-service.ts';
import { descriptionQuery } from './get-description.ts';

interface VersionOf {
  serviceId: string;
  number: number;
  /** The version of the description (or, to start a draft, of the service) the change is made on. */
  version: number;
}

const params = ({ serviceId, number }: VersionOf) => ({ id: serviceId, number: String(number) });

export function useStartDraft() {
  const refresh = useRefreshServices();
  return useMutation({
    mutationFn: ({ serviceId, version }: { serviceId: string; version: number }) =>
      apiSend(serviceRoutes.startDraft, { params: { id: serviceId }, body: { version } }),
    onSettled: refresh,
  });
}

/**
 * Saves the draft the editor holds. The answer replaces the cached version, and the rest is marked stale without
 * being read again now: the editor saves every few seconds while someone types.
 */
export function useSaveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ content, ...version }: VersionOf & { content: ServiceDescriptionContent }) =>
      apiSend(serviceRoutes.saveDraft, { params: params(version), body: { version: version.version, content } }),
    onSuccess: (saved: DescriptionVersion) => {
      queryClient.setQueryData(descriptionQuery(saved.serviceId, saved.number).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['services'], refetchType: 'none' });
    },
  });
}

export function useSubmitDescription() {
  const refresh = useRefreshServices();
  return useMutation({
    mutationFn: (version: VersionOf) =>
      apiSend(serviceRoutes.submit, { params: params(version), body: { version: version.version } }),
    onSettled: refresh,
  });
}

/** Approves a submitted version, or returns it to draft with a note. */
export function useReviewDescription() {
  const refresh = useRefreshServices();
  return useMutation({
    mutationFn: ({ decision, note, ...version }: VersionOf & Omit<z.input<typeof ReviewDecision>, 'version'>) =>
      apiSend(serviceRoutes.review, { params: params(version), body: { version: version.version, decision, note } }),
    onSettled: refresh,
  });
}

export function usePublishDescription() {
  const refresh = useRefreshServices();
  return useMutation({
    mutationFn: (version: VersionOf) =>
      apiSend(serviceRoutes.publish, { params: params(version), body: { version: version.version } }),
    onSettled: refresh,
  });
}
