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

const tags = ['Sign-in'];
export const authRoutes = {
  login: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/login',
    summary: 'Sign in with email and password; sets the session cookie',
    tags,
    body: Login,
    response: SessionInfo,
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/logout',
    summary: 'End the current session',
    tags,
    response: z.null(),
    status: 204,
  }),
  session: defineRoute({
    method: 'GET',
    path: '/api/v1/auth/session',
    summary: 'Who am I: the signed-in person and the roles they hold',
    tags,
    response: SessionInfo,
  }),
};
