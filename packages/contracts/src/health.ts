import { z } from 'zod';
import { defineRoute } from './route.ts';

export const Liveness = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });
export const Readiness = z
  .object({
    status: z.literal('ready'),
    database: z.enum(['embedded', 'server']),
    schemaVersion: z.number().int(),
    modelVersion: z.number().int(),
  })
  .meta({ id: 'Readiness' });

const tags = ['Operations'];
export const healthRoutes = {
  liveness: defineRoute({
    method: 'GET',
    path: '/healthz',
    access: 'public',
    summary: 'The process is alive',
    tags,
    response: Liveness,
  }),
  readiness: defineRoute({
    method: 'GET',
    path: '/readyz',
    access: 'public',
    summary: 'The database answers and its schema is up to date; 503 problem otherwise',
    tags,
    response: Readiness,
  }),
};
