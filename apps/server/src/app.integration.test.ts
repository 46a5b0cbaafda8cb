import { auditRoutes } from '@saimnieks/contracts/audit';
import { authRoutes } from '@saimnieks/contracts/auth';
import { healthRoutes } from '@saimnieks/contracts/health';
import { modelRoutes } from '@saimnieks/contracts/model';
import { organisationRoutes } from '@saimnieks/contracts/organisations';
import { passwordRoutes, peopleRoutes } from '@saimnieks/contracts/people';
import { responsibilityRoutes } from '@saimnieks/contracts/responsibilities';
import { roleAssignmentRoutes, roleCompatibilityRoutes } from '@saimnieks/contracts/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from './platform/db/migrator.ts';
import { createTestApp, type TestApp } from './testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

const get = (url: string, headers: Record<string, string> = {}) => testApp.app.inject({ method: 'GET', url, headers });

describe('application', () => {
  describe('health', () => {
    it('is alive', async () => {
      const response = await get('/healthz');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });

    it('is ready with the schema and the model loaded', async () => {
      const response = await get('/readyz');
      expect(response.statusCode).toBe(200);
      const latestSchema = (await readMigrations()).at(-1)?.version;
      expect(response.json()).toMatchObject({ status: 'ready', schemaVersion: latestSchema, modelVersion: 1 });
    });
  });

  describe('OpenAPI', () => {
    it('documents every model route as OpenAPI 3.1', async () => {
      const document = (await get('/api/openapi.json')).json();
      expect(document.openapi).toBe('3.1.0');
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/model',
          '/api/v1/model/tasks',
          '/api/v1/model/tasks/{code}',
          '/api/v1/model/roles',
          '/api/v1/model/stages',
          '/api/v1/model/conditions',
          '/api/v1/model/capabilities',
        ]),
      );
      const task = document.paths['/api/v1/model/tasks/{code}'].get;
      expect(Object.keys(task.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
      expect(document.components.schemas).toHaveProperty('Problem');
    });

    it('serves the API explorer', async () => {
      const response = await get('/api/docs/');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
    });
  });

  describe('errors', () => {
    it('answers an unknown address with a localised 404 problem', async () => {
      const response = await get('/api/v1/nothing-here', { 'accept-language': 'lv' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toEqual({
        type: '/problems/route-not-found',
        title: 'Šādas adreses nav',
        status: 404,
        instance: '/api/v1/nothing-here',
        detail: 'No route for GET /api/v1/nothing-here',
      });
    });

    it('refuses an over-long path parameter, naming it', async () => {
      const response = await get(`/api/v1/model/tasks/${'X'.repeat(40)}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'code', in: 'params', rule: 'too_big' }),
      ]);
    });
  });

  describe('request ids', () => {
    it('returns the caller’s request id, or a new one', async () => {
      expect((await get('/healthz', { 'x-request-id': 'trace-42' })).headers['x-request-id']).toBe('trace-42');
      expect((await get('/healthz')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('metrics', () => {
    it('counts requests by route in Prometheus format', async () => {
      await get('/api/v1/model/roles');
      const response = await get('/metrics');
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(response.body).toMatch(
        /http_requests_total\{method="GET",route="\/api\/v1\/model\/roles",status="200"\} 1/,
      );
      expect(response.body).toContain('process_resident_memory_bytes');
    });
  });
});

describe('access declared by every route contract', () => {
  const contracts = [
    ...Object.values(auditRoutes),
    ...Object.values(authRoutes),
    ...Object.values(healthRoutes),
    ...Object.values(modelRoutes),
    ...Object.values(organisationRoutes),
    ...Object.values(peopleRoutes),
    ...Object.values(passwordRoutes),
    ...Object.values(responsibilityRoutes),
    ...Object.values(roleAssignmentRoutes),
    ...Object.values(roleCompatibilityRoutes),
  ];
  const url = (path: string) => path.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
  const inject = (method: string, path: string) =>
    testApp.app.inject({
      method: method as 'GET',
      url: url(path),
      ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
    });

  it.each(contracts.filter((route) => route.access === 'signed-in').map((route) => [route.method, route.path]))(
    '%s %s answers 401 to nobody signed in, whatever the input',
    async (method, path) => {
      const response = await inject(method, path);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ type: '/problems/unauthenticated' });
    },
  );

  it.each(contracts.filter((route) => route.access === 'public').map((route) => [route.method, route.path]))(
    '%s %s is open to anyone',
    async (method, path) => {
      expect((await inject(method, path)).statusCode).not.toBe(401);
    },
  );
});
