import type { Principal } from '../../platform/auth/principal.ts';
import { canSeeService as servicesRule } from '../services/index.ts';
import type { ServicePlace } from './recipients.repository.ts';

/*
 * Who sees a recipient group: whoever sees its organisation. Who changes a group and its needs:
 * whoever manages the organisation (the administrator, R01, R02 and R03 in their subtree, the
 * organisation's portfolio owner R04). Both are the organisations module's rules, asked through
 * its OrganisationAccess.
 */

/**
 * Whether the principal sees a service in the portfolio: the services module's rule. A need may
 * link any such service, whoever holds it: a group's needs are often met by another
 * institution's services.
 */
export const canSeeService = (
  principal: Principal,
  visibleOrganisations: string[] | undefined,
  service: Pick<ServicePlace, 'id' | 'holder_id' | 'holder_path'>,
) =>
  servicesRule(principal, visibleOrganisations, {
    id: service.id,
    holderId: service.holder_id,
    holderPath: service.holder_path,
  });
