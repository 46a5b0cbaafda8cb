import { z } from 'zod';
import { defineRoute } from './route.ts';

const Version = z.number().int().positive().describe('The version the change was made on; a stale one answers 409');
const Name = z.string().trim().min(1).max(200);
const Email = z.email({ error: 'must be an email address' }).max(254);
/** New passwords: the server checks length, common passwords and personal data, and names the rule. */
const NewPassword = z.string().min(1).max(1000);
/** A one-time link's secret, as it appears after `#token=` in the link. */
const LinkToken = z
  .string()
  .regex(/^[\w-]{20,200}$/, { error: 'must be the token from the link' })
  .describe('The secret after `#token=` in the link');

export const PersonCreate = z
  .object({ name: Name, email: Email, organisationId: z.uuid() })
  .meta({ id: 'PersonCreate' });
export type PersonCreate = z.infer<typeof PersonCreate>;

export const PersonUpdate = z
  .object({ version: Version, name: Name.optional(), email: Email.optional(), organisationId: z.uuid().optional() })
  .meta({ id: 'PersonUpdate' });
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const PersonVersion = z.object({ version: Version }).meta({ id: 'PersonVersion' });

export const AdministratorChange = z
  .object({ isAdministrator: z.boolean(), version: Version })
  .meta({ id: 'AdministratorChange' });

export const Person = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    organisationId: z.uuid(),
    active: z.boolean().describe('A deactivated person cannot sign in; history keeps their name'),
    isAdministrator: z.boolean().describe('The technical administrator capability, separate from the model roles'),
    passwordSet: z.boolean().describe('False while the invitation has not been accepted'),
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

export const PersonList = z
  .object({ items: z.array(Person), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: 'PersonList' });
export type PersonList = z.infer<typeof PersonList>;

export const PersonQuery = z.object({
  organisation: z.uuid().optional().describe('Only the people of this organisation'),
  q: z.string().trim().min(1).max(100).optional().describe('Part of a name or an email'),
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const PersonIdParams = z.object({ id: z.uuid() });

export const PasswordSet = z.object({ token: LinkToken, password: NewPassword }).meta({ id: 'PasswordSet' });
export const PasswordResetRequest = z.object({ email: Email }).meta({ id: 'PasswordResetRequest' });
export const FirstAdministratorSetup = z
  .object({ token: LinkToken, name: Name, email: Email, password: NewPassword })
  .meta({ id: 'FirstAdministratorSetup' });

/** Where the links in invitation, reset and setup messages lead; the token follows `#token=`. */
export const LINK_PATHS = { setPassword: '/set-password', setup: '/setup' } as const;

const tags = ['People'];
export const peopleRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/people',
    access: 'signed-in',
    summary: 'Invite a person: creates them without a password and sends a one-time link to set one',
    tags,
    body: PersonCreate,
    response: Person,
    status: 201,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/people',
    access: 'signed-in',
    summary: 'People of the organisations the caller may see, filtered and paged',
    tags,
    querystring: PersonQuery,
    response: PersonList,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/people/:id',
    access: 'signed-in',
    summary: 'One person',
    tags,
    params: PersonIdParams,
    response: Person,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/v1/people/:id',
    access: 'signed-in',
    summary: 'Change a person’s name, email or organisation; `version` must be the current one',
    tags,
    params: PersonIdParams,
    body: PersonUpdate,
    response: Person,
  }),
  deactivate: defineRoute({
    method: 'POST',
    path: '/api/v1/people/:id/deactivate',
    access: 'signed-in',
    summary: 'Deactivate a person (instead of deleting): ends their sessions and API tokens',
    tags,
    params: PersonIdParams,
    body: PersonVersion,
    response: Person,
  }),
  reactivate: defineRoute({
    method: 'POST',
    path: '/api/v1/people/:id/reactivate',
    access: 'signed-in',
    summary: 'Reactivate a deactivated person',
    tags,
    params: PersonIdParams,
    body: PersonVersion,
    response: Person,
  }),
  resendInvitation: defineRoute({
    method: 'POST',
    path: '/api/v1/people/:id/invitation',
    access: 'signed-in',
    summary: 'Send a new invitation link to a person who has not set a password yet',
    tags,
    params: PersonIdParams,
    response: z.null(),
    status: 204,
  }),
  administrator: defineRoute({
    method: 'PUT',
    path: '/api/v1/people/:id/administrator',
    access: 'signed-in',
    summary: 'Grant or revoke the technical administrator capability (administrators only)',
    tags,
    params: PersonIdParams,
    body: AdministratorChange,
    response: Person,
  }),
};

const accountTags = ['Sign-in'];
export const passwordRoutes = {
  setPassword: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/password',
    access: 'public',
    summary: 'Set a password with an invitation or reset link; ends the person’s other sessions',
    tags: accountTags,
    body: PasswordSet,
    response: z.null(),
    status: 204,
  }),
  requestReset: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/password-reset',
    access: 'public',
    summary: 'Ask for a password reset link; always accepted, so it tells nobody which emails have accounts',
    tags: accountTags,
    body: PasswordResetRequest,
    response: z.null(),
    status: 202,
  }),
  setup: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/setup',
    access: 'public',
    summary: 'Create the first administrator with the setup link printed at start (only while nobody exists)',
    tags: accountTags,
    body: FirstAdministratorSetup,
    response: Person,
    status: 201,
  }),
};
