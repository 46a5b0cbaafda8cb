import type { Language } from '@saimnieks/contracts/language';
import { recipientRoutes } from '@saimnieks/contracts/recipients';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const serviceNeedsQuery = (serviceId: string, lang: Language) =>
  queryOptions({
    queryKey: ['service-needs', serviceId, lang],
    queryFn: ({ signal }) =>
      apiGet(recipientRoutes.serviceNeeds, { params: { id: serviceId }, query: { lang }, signal }),
  });

/** The needs a service meets, in the recipient groups the person may see. */
export const useServiceNeeds = (serviceId: string) =>
  useSuspenseQuery(serviceNeedsQuery(serviceId, useDataLanguage())).data.items;
