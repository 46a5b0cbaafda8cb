import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let testApp: TestApp;
let make: ReturnType<typeof builders>;
let admin: Record<string, string>;
let sectorLead: Record<string, string>;
let sectorId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  make = builders(testApp.database);
  const state = await make.state();
  admin = await signIn(testApp.app, (await make.person({ organisationId: state.id, isAdministrator: true })).email);
  sectorId = (await make.organisation('sector')).id;
  const lead = await make.person({ organisationId: sectorId, roles: [{ roleCode: 'R02', scopeId: sectorId }] });
  sectorLead = await signIn(testApp.app, lead.email);
});
afterAll(() => testApp.close());

const get = (url: string, headers: Record<string, string>) => testApp.app.inject({ method: 'GET', url, headers });

describe('audit API', () => {
  describe('GET /api/v1/audit-events', () => {
    it('shows who changed what, newest first, filtered by entity', async () => {
      const created = await testApp.app.inject({
        method: 'PATCH',
        url: `/api/v1/organisations/${sectorId}`,
        headers: { ...admin, 'x-request-id': 'audit-test-1', 'user-agent': 'vitest' },
        payload: { version: 1, shortName: 'VM' },
      });
      expect(created.statusCode).toBe(200);
      const page = (await get(`/api/v1/audit-events?entityType=organisation&entityId=${sectorId}`, admin)).json();
      expect(page.items.map((event: { action: string }) => event.action)).toEqual([
        'organisation.update',
        'organisation.create',
      ]);
      expect(page.items[0]).toMatchObject({
        actor: { kind: 'person' },
        changes: { shortName: { before: null, after: 'VM' } },
        requestId: 'audit-test-1',
        userAgent: 'vitest',
      });
    });

    it('pages with a cursor until the oldest event', async () => {
      const first = (await get('/api/v1/audit-events?limit=2', admin)).json();
      expect(first.items).toHaveLength(2);
      const second = (await get(`/api/v1/audit-events?limit=2&before=${first.nextBefore}`, admin)).json();
      expect(second.items[0].id).toBeLessThan(first.items[1].id);
    });

    it('is refused to a sector lead with 403 and to nobody signed in with 401', async () => {
      expect((await get('/api/v1/audit-events', sectorLead)).statusCode).toBe(403);
      expect((await get('/api/v1/audit-events', {})).statusCode).toBe(401);
    });

    it('refuses a malformed filter naming it', async () => {
      const response = await get('/api/v1/audit-events?from=yesterday', admin);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'from', in: 'querystring' })]);
    });
  });

  describe('GET /api/v1/audit-events/verify', () => {
    it('reports an intact chain, then the event altered directly in SQL', async () => {
      expect((await get('/api/v1/audit-events/verify', admin)).json()).toMatchObject({
        intact: true,
        brokenEventId: null,
      });

      const { db } = testApp.database;
      const victim = await db
        .selectFrom('audit_event')
        .select('id')
        .orderBy('id')
        .offset(1)
        .limit(1)
        .executeTakeFirstOrThrow();
      await sql.raw('alter table audit_event disable trigger audit_event_append_only').execute(db);
      await sql`update audit_event set actor_label = 'Cits' where id = ${victim.id}`.execute(db);
      await sql.raw('alter table audit_event enable trigger audit_event_append_only').execute(db);

      expect((await get('/api/v1/audit-events/verify', admin)).json()).toMatchObject({
        intact: false,
        brokenEventId: victim.id,
        reason: 'content-changed',
      });
      expect((await get('/api/v1/audit-events/verify', sectorLead)).statusCode).toBe(403);
    });
  });
});
