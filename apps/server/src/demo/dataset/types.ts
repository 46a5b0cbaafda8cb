import type { RoleCode } from '@saimnieks/contracts/auth';
import type { OrganisationCreate } from '@saimnieks/contracts/organisations';
import type { RecipientGroupCreate, RecipientNeedCreate } from '@saimnieks/contracts/recipients';
import type {
  ParticipationRole,
  Priority,
  ServiceDescriptionInput,
  ServiceKind,
  Stage,
} from '@saimnieks/contracts/services';
import type { z } from 'zod';

/** The demo's organisations, named so people, services and groups can point at them. */
export type OrganisationKey =
  | 'welfareSector'
  | 'homeAffairsSector'
  | 'transportSector'
  | 'financeSector'
  | 'lm'
  | 'vsaa'
  | 'pmlp'
  | 'csdd'
  | 'vid'
  | 'riga'
  | 'rpbv'
  | 'sigulda';

/** An organisation of the demo, or the state at the root of the tree (created at every start). */
export type PlaceKey = OrganisationKey | 'state';

export interface DemoOrganisation extends Omit<z.input<typeof OrganisationCreate>, 'parentId'> {
  key: OrganisationKey;
  /** The parent organisation; none for those straight under the state. */
  parent?: OrganisationKey;
}

/** A person is known by the part of their e-mail address before `@demo.saimnieks.lv`. */
export interface DemoPerson {
  key: string;
  name: string;
  organisation: PlaceKey;
  isAdministrator?: boolean;
  /** Roles held at an organisation; service roles are given with the services (DemoService.team). */
  roles?: { code: RoleCode; at: PlaceKey }[];
}

/** The model's management degrees as the default portfolio settings define them. */
export type ManagementDegreeCode = 'full' | 'standard' | 'basic';

/** A description as written in the data: the links to other records are resolved when seeding. */
export type DemoContent = Omit<ServiceDescriptionInput, 'providers' | 'relatedServices' | 'requiredServices'>;

export interface DemoService {
  key: string;
  holder: OrganisationKey;
  kind: ServiceKind;
  priority: Priority;
  managementDegree: ManagementDegreeCode;
  /**
   * Where the lifecycle has got to. Delivery and maintenance are published (in the catalogue);
   * planning, creation and introduction hold a draft; liquidation was published and has ended.
   */
  stage: Stage;
  /**
   * How many months before seeding the service went into delivery (drafts: took their last step). A service
   * published more than the review interval (12 months) ago is overdue for review.
   */
  monthsAgo: number;
  /** People holding the service roles: the owner (R05), provider staff (R06), recipients' voice (R07). */
  team: { owner?: string; providers?: string[]; recipients?: string[] };
  content: DemoContent;
  /** An earlier published version, so the history has a difference to show. */
  earlier?: Partial<DemoContent>;
  /** A draft submitted for review (stages before delivery only). */
  submitted?: boolean;
  /** Why the service ended (liquidation only). */
  liquidationReason?: string;
  providers?: { organisation: OrganisationKey; role: z.infer<typeof ParticipationRole> }[];
  related?: string[];
  required?: string[];
}

export interface DemoRecipientGroup extends Omit<z.input<typeof RecipientGroupCreate>, 'organisationId'> {
  organisation: OrganisationKey;
  needs: (Omit<z.input<typeof RecipientNeedCreate>, 'serviceIds'> & { services: string[] })[];
}
