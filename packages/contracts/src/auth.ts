import { z } from 'zod';
import { defineRoute } from './route.ts';

export const RoleCode = z.enum(['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10']);
export type RoleCode = z.infer<typeof RoleCode>;
export const ScopeKind = z.enum(['organisation', 'service', 'resource']);
export type ScopeKind = z.infer<typeof ScopeKind>;

export const Login = z
  .object({ email: z.email().max(254), password: z.string().min(1).max(1000) })
  .meta({ id: 'Login' });

export const HeldRole = z
  .object({ roleCode: RoleCode, scopeKind: ScopeKind, scopeId: z.uuid() })
  .meta({ id: 'HeldRole' });
export type HeldRole = z.infer<typeof HeldRole>;

export const SessionInfo = z
  .object({
    person: z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string(),
      organisationId: z.uuid(),
      isAdministrator: z.boolean(),
    }),
    roles: z.array(HeldRole).describe('Role assignments valid today'),
    csrfToken: z
      .string()
      .nullable()
      .describe('Send as `x-csrf-token` with every change made through the session cookie'),
    expiresAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SESSION_COOKIE = 'saimnieks_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Personal API tokens start with this, so a leaked one is recognisable (and findable by scanners). */
export const API_TOKEN_PREFIX = 'smn_';

const instant = z.iso.datetime({ offset: true });

export const AuthMethods = z
  .object({
    password: z.boolean(),
    oidc: z.boolean().describe('Whether sign-in through the configured OpenID Connect provider is offered'),
  })
  .meta({ id: 'AuthMethods' });
export type AuthMethods = z.infer<typeof AuthMethods>;

export const SignInMethod = z.enum(['password', 'oidc']);
export type SignInMethod = z.infer<typeof SignInMethod>;

export const MySession = z
  .object({
    id: z.uuid(),
    method: SignInMethod,
    createdAt: instant,
    lastSeenAt: instant.describe('Updated at most once a minute'),
    expiresAt: instant.describe('When the session ends unless used: the earlier of the idle and the absolute limit'),
    address: z.string().nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean().describe('The session this request was made with'),
  })
  .meta({ id: 'MySession' });
export type MySession = z.infer<typeof MySession>;

export const MySessionList = z.object({ items: z.array(MySession) }).meta({ id: 'MySessionList' });
export type MySessionList = z.infer<typeof MySessionList>;

export const ApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: instant,
    expiresAt: instant,
    lastUsedAt: instant.nullable().describe('Updated at most once a minute'),
    revokedAt: instant.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenList = z.object({ items: z.array(ApiToken) }).meta({ id: 'ApiTokenList' });
export type ApiTokenList = z.infer<typeof ApiTokenList>;

export const ApiTokenCreate = z
  .object({
    name: z.string().trim().min(1).max(100).describe('What the token is for, to recognise it in the list'),
    expiresInDays: z.number().int().min(1).max(365).default(90),
  })
  .meta({ id: 'ApiTokenCreate' });
export type ApiTokenCreate = z.input<typeof ApiTokenCreate>;

export const ApiTokenCreated = ApiToken.extend({
  secret: z
    .string()
    .startsWith(API_TOKEN_PREFIX)
    .describe(
      'Send as `Authorization: Bearer <secret>`. Shown only now: it is stored hashed and cannot be shown again',
    ),
}).meta({ id: 'ApiTokenCreated' });
export type ApiTokenCreated = z.infer<typeof ApiTokenCreated>;

const IdParams = z.object({ id: z.uuid() });

/** Where the sign-in page sends the browser to sign in through OpenID Connect. */
export const OIDC_START_PATH = '/api/v1/auth/oidc/start';
/** Where the identity provider sends the browser back; register `${PUBLIC_URL}` + this path with it. */
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/** The identity provider's answer as it arrives on the callback; openid-client checks its meaning. */
export const OidcCallbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  iss: z.string().max(500).optional(),
  session_state: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});

/**
 * Why an OpenID Connect sign-in ended on the sign-in page: `/sign-in?error=<reason>`.
 * `oidc-failed`: the provider refused or the answer did not verify (also a stale or replayed
 * callback); `oidc-not-linked`: no person has this identity or its verified email;
 * `oidc-deactivated`: the person is deactivated; `oidc-unavailable`: the provider cannot be reached.
 */
export const OidcSignInError = z.enum(['oidc-failed', 'oidc-not-linked', 'oidc-deactivated', 'oidc-unavailable']);
export type OidcSignInError = z.infer<typeof OidcSignInError>;

const tags = ['Sign-in'];
export const authRoutes = {
  login: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/login',
    access: 'public',
    summary: 'Sign in with email and password; sets the session cookie',
    tags,
    body: Login,
    response: SessionInfo,
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/logout',
    access: 'signed-in',
    summary: 'End the current session',
    tags,
    response: z.null(),
    status: 204,
  }),
  session: defineRoute({
    method: 'GET',
    path: '/api/v1/auth/session',
    access: 'signed-in',
    summary: 'Who am I: the signed-in person and the roles they hold',
    tags,
    response: SessionInfo,
  }),
  methods: defineRoute({
    method: 'GET',
    path: '/api/v1/auth/methods',
    access: 'public',
    summary: 'The ways to sign in this installation offers; public',
    tags,
    response: AuthMethods,
  }),
  listSessions: defineRoute({
    method: 'GET',
    path: '/api/v1/auth/sessions',
    access: 'signed-in',
    summary: 'My sessions that are still open; not with an API token',
    tags,
    response: MySessionList,
  }),
  revokeSession: defineRoute({
    method: 'DELETE',
    path: '/api/v1/auth/sessions/:id',
    access: 'signed-in',
    summary: 'End one of my sessions; not with an API token',
    tags,
    params: IdParams,
    response: z.null(),
    status: 204,
  }),
  listTokens: defineRoute({
    method: 'GET',
    path: '/api/v1/auth/tokens',
    access: 'signed-in',
    summary: 'My personal API tokens, never their secrets; not with an API token',
    tags,
    response: ApiTokenList,
  }),
  createToken: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/tokens',
    access: 'signed-in',
    summary: 'Create a personal API token; the answer is the only time its secret is shown',
    tags,
    body: ApiTokenCreate,
    response: ApiTokenCreated,
    status: 201,
  }),
  revokeToken: defineRoute({
    method: 'DELETE',
    path: '/api/v1/auth/tokens/:id',
    access: 'signed-in',
    summary: 'Revoke one of my personal API tokens; not with an API token',
    tags,
    params: IdParams,
    response: z.null(),
    status: 204,
  }),
};
