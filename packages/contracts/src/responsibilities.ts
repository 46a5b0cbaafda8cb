import { z } from 'zod';
import { RoleCode } from './auth.ts';
import { defineRoute } from './route.ts';

export const Involvement = z.enum(['performs', 'approves', 'consulted', 'informed']);
export type Involvement = z.infer<typeof Involvement>;

export const Responsibility = z
  .object({ taskCode: z.string().regex(/^PU[1-3]-\d{1,2}$/), roleCode: RoleCode, involvement: Involvement })
  .meta({ id: 'Responsibility' });
export type Responsibility = z.infer<typeof Responsibility>;

export const ResponsibilityMatrix = z
  .object({
    version: z.number().int(),
    modelVersion: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: z.string(),
    note: z.string().nullable(),
    entries: z.array(Responsibility),
  })
  .meta({ id: 'ResponsibilityMatrix' });
export type ResponsibilityMatrix = z.infer<typeof ResponsibilityMatrix>;

export const ResponsibilityMatrixEdit = z
  .object({
    baseVersion: z.number().int().positive().describe('The version the edit was made on; a stale one answers 409'),
    note: z.string().trim().min(1).max(1000).nullable().default(null),
    entries: z.array(Responsibility).max(320),
  })
  .meta({ id: 'ResponsibilityMatrixEdit' });
export type ResponsibilityMatrixEdit = z.infer<typeof ResponsibilityMatrixEdit>;

export const ResponsibilityVersionQuery = z.object({
  version: z.coerce.number().int().positive().optional().describe('An earlier version; the current one by default'),
});

const tags = ['Model'];
export const responsibilityRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/model/responsibilities',
    access: 'public',
    summary: 'The responsibility matrix (role × task), current or an earlier version',
    tags,
    querystring: ResponsibilityVersionQuery,
    response: ResponsibilityMatrix,
  }),
  edit: defineRoute({
    method: 'PUT',
    path: '/api/v1/model/responsibilities',
    access: 'signed-in',
    summary: 'Replace the matrix with a new version (state lead institution R01 or administrator)',
    tags,
    body: ResponsibilityMatrixEdit,
    response: ResponsibilityMatrix,
  }),
};
