import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// The service roles (R05 owner, R06 provider, R07 recipient) held at a service: who assigns them,
// who sees them, and what holding one means to the services module.

// 10:00 in Riga on 27 November 2026.
const clock = { now: () => new Date('2026-11-27T08:00:00Z') };
const TODAY = '2026-11-27';

let testApp: TestApp;
let make: ReturnType<typeof builders>;
type Headers = Record<string, string>;
type Organisation = { id: string };

let sector: Organisation;
let holder: Organisation;
let neighbour: Organisation;
let elsewhere: Organisation;
let service: { id: string };
let neighbourService: { id: string };
let adminPerson: { id: string; email: string };
let portfolioOwner: { id: string; email: string };
let admin: Headers;
let r04: Headers;
let neighbourR04: Headers;
let sectorLead: Headers;
let staff: Headers;

beforeAll(async () => {
  testApp = await createTestApp({ clock });
  make = builders(testApp.database);
  const stateId = (await make.state()).id;
  const otherSector = await make.organisation('sector');
  sector = await make.organisation('sector');
  [holder, neighbour, elsewhere] = await Promise.all([
    make.organisation('institution', sector.id),
    make.organisation('institution', sector.id),
    make.organisation('institution', otherSector.id),
  ]);
  [service, neighbourService] = await Promise.all([
    make.service({ holderId: holder.id, title: 'Dzīvesvietas deklarēšana' }),
    make.service({ holderId: neighbour.id }),
  ]);
  adminPerson = await make.person({ organisationId: stateId, isAdministrator: true });
  portfolioOwner = await make.person({ organisationId: holder.id, roles: [{ roleCode: 'R04', scopeId: holder.id }] });
  admin = await signIn(testApp.app, adminPerson.email);
  r04 = await signIn(testApp.app, portfolioOwner.email);
  neighbourR04 = await signedInAs(neighbour.id, [{ roleCode: 'R04', scopeId: neighbour.id }]);
  sectorLead = await signedInAs(sector.id, [{ roleCode: 'R02', scopeId: sector.id }]);
  staff = await signedInAs(holder.id);
});
afterAll(() => testApp.close());

async function signedInAs(organisationId: string, roles: Parameters<typeof make.person>[0]['roles'] = []) {
  return signIn(testApp.app, (await make.person({ organisationId, roles })).email);
}

const request = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: object) =>
  testApp.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const assign = (headers: Headers, body: object, query = '') =>
  request('POST', `/api/v1/role-assignments${query}`, headers, body);
const at = (scopeId: string) => ({ scopeKind: 'service', scopeId });
const personIn = (organisationId: string) => make.person({ organisationId });

/** Assigns through the API as the administrator and returns the new assignment. */
async function assigned(body: object) {
  const response = await assign(admin, body);
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number };
}

describe('role assignments at a service', () => {
  describe('POST /api/v1/role-assignments', () => {
    it('lets the holder’s portfolio owner (R04) assign R05–R07 at its service, named by identifier and title', async () => {
      const [owner, provider, recipient] = await Promise.all([
        personIn(holder.id),
        personIn(holder.id),
        personIn(holder.id),
      ]);
      const response = await assign(r04, { personId: owner.id, roleCode: 'R05', ...at(service.id) }, '?lang=en');
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({
        personId: owner.id,
        roleCode: 'R05',
        scopeKind: 'service',
        scopeId: service.id,
        validFrom: TODAY,
        status: 'active',
      });
      // No English title: the Latvian one stands in.
      expect(created.scopeName).toMatch(/^TEST-\d+ Dzīvesvietas deklarēšana$/);
      for (const [person, roleCode] of [
        [provider, 'R06'],
        [recipient, 'R07'],
      ] as const) {
        expect((await assign(r04, { personId: person.id, roleCode, ...at(service.id) })).statusCode).toBe(201);
      }
      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select(['action', 'actor_id', 'changes'])
        .where('entity_id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({
        action: 'role.assign',
        actor_id: portfolioOwner.id,
        changes: expect.objectContaining({
          scopeKind: { before: null, after: 'service' },
          scopeId: { before: null, after: service.id },
        }),
      });
    });

    it('answers 400 to another institution’s portfolio owner, for whom the service does not exist, as for organisations', async () => {
      const person = await personIn(neighbour.id);
      const response = await assign(neighbourR04, { personId: person.id, roleCode: 'R05', ...at(service.id) });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        { field: 'scopeId', in: 'body', rule: 'unknown_service', message: 'no such service' },
      ]);
      const unknown = await assign(admin, { personId: person.id, roleCode: 'R05', ...at(crypto.randomUUID()) });
      expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'scopeId', rule: 'unknown_service' })]);
      const ownService = await assign(neighbourR04, {
        personId: person.id,
        roleCode: 'R05',
        ...at(neighbourService.id),
      });
      expect(ownService.statusCode).toBe(201);
    });

    it('refuses with 403 those who see the service but may not assign at it', async () => {
      const person = await personIn(holder.id);
      const body = { personId: person.id, roleCode: 'R05', ...at(service.id) };
      // Another institution's portfolio owner who works at the holder sees it, as everyone there does.
      const seconded = await signIn(
        testApp.app,
        (await make.person({ organisationId: holder.id, roles: [{ roleCode: 'R04', scopeId: neighbour.id }] })).email,
      );
      for (const headers of [sectorLead, staff, seconded]) {
        const refused = await assign(headers, body);
        expect(refused.statusCode).toBe(403);
        expect(refused.json()).toMatchObject({ type: '/problems/forbidden' });
      }
      expect((await assign({}, body)).statusCode).toBe(401);
    });

    it('applies the usual checks: no role of one’s own, no duplicate, the compatibility rules, dates', async () => {
      const own = await assign(r04, { personId: portfolioOwner.id, roleCode: 'R05', ...at(service.id) });
      expect(own.json()).toMatchObject({ type: '/problems/self-assignment' });

      const person = await personIn(holder.id);
      const body = { personId: person.id, roleCode: 'R05', ...at(service.id) };
      expect((await assign(r04, body)).statusCode).toBe(201);
      const duplicate = await assign(r04, body);
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json()).toMatchObject({ type: '/problems/duplicate-assignment' });

      const recipient = await assign(r04, { ...body, roleCode: 'R07' });
      expect(recipient.statusCode).toBe(409);
      expect(recipient.json()).toMatchObject({ type: '/problems/incompatible-roles' });
      const provider = await assign(r04, { ...body, roleCode: 'R06' });
      expect(provider.json()).toMatchObject({ type: '/problems/justification-required' });
      const justified = await assign(r04, {
        ...body,
        roleCode: 'R06',
        justification: 'Maza iestāde, viens darbinieks',
      });
      expect(justified.statusCode).toBe(201);

      const past = await assign(r04, { ...body, roleCode: 'R07', validFrom: '2026-11-26' });
      expect(past.json().errors).toEqual([expect.objectContaining({ field: 'validFrom', rule: 'not_in_past' })]);
      const wrongKind = await assign(admin, { ...body, scopeKind: 'organisation', scopeId: holder.id });
      expect(wrongKind.json().errors).toEqual([expect.objectContaining({ field: 'scopeKind', rule: 'wrong_scale' })]);
    });
  });

  describe('reading and changing', () => {
    it('shows an assignment at a service to whoever sees its holder and to the person holding it, and to nobody else', async () => {
      const outsider = await personIn(elsewhere.id);
      const assignment = await assigned({
        personId: outsider.id,
        roleCode: 'R06',
        ...at(service.id),
        validFrom: '2030-01-01',
      });
      const url = `/api/v1/role-assignments/${assignment.id}`;
      const listed = async (headers: Headers) =>
        (await request('GET', `/api/v1/role-assignments?scope=${service.id}&limit=500`, headers))
          .json()
          .items.map((item: { id: string }) => item.id);

      const holderOfIt = await signIn(testApp.app, outsider.email);
      for (const headers of [r04, sectorLead, staff, holderOfIt]) {
        expect((await request('GET', url, headers)).statusCode).toBe(200);
        expect(await listed(headers)).toContain(assignment.id);
      }
      const colleague = await signedInAs(elsewhere.id);
      for (const headers of [neighbourR04, colleague]) {
        const hidden = await request('GET', url, headers);
        expect(hidden.statusCode).toBe(404);
        expect(hidden.json()).toMatchObject({ type: '/problems/role-assignment-not-found' });
        expect(await listed(headers)).not.toContain(assignment.id);
      }
    });

    it('lets the holder’s portfolio owner change the dates, and hides the assignment from another institution’s', async () => {
      const person = await personIn(holder.id);
      const assignment = await assigned({ personId: person.id, roleCode: 'R07', ...at(service.id) });
      const url = `/api/v1/role-assignments/${assignment.id}`;
      expect((await request('PATCH', url, neighbourR04, { version: 1, validUntil: '2027-12-31' })).statusCode).toBe(
        404,
      );
      expect((await request('PATCH', url, sectorLead, { version: 1, validUntil: '2027-12-31' })).statusCode).toBe(403);
      const changed = await request('PATCH', url, r04, { version: 1, validUntil: '2027-12-31' });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ version: 2, validUntil: '2027-12-31' });
    });
  });

  describe('what the services module makes of it', () => {
    it('shows a service to its owner from another organisation, not to their colleagues, and no longer once revoked', async () => {
      const ownerPerson = await personIn(elsewhere.id);
      const colleague = await signedInAs(elsewhere.id);
      const serviceUrl = `/api/v1/services/${service.id}`;
      const owner = await signIn(testApp.app, ownerPerson.email);
      expect((await request('GET', serviceUrl, owner)).statusCode).toBe(404);

      const assignment = await assigned({ personId: ownerPerson.id, roleCode: 'R05', ...at(service.id) });
      const seen = await request('GET', serviceUrl, owner);
      expect(seen.statusCode).toBe(200);
      expect(seen.json().owners).toContainEqual({ id: ownerPerson.id, name: expect.any(String) });
      expect((await request('GET', serviceUrl, colleague)).statusCode).toBe(404);

      const revoked = await request('POST', `/api/v1/role-assignments/${assignment.id}/revoke`, r04, { version: 1 });
      expect(revoked.statusCode).toBe(200);
      expect((await request('GET', serviceUrl, owner)).statusCode).toBe(404);
      const owners = (await request('GET', serviceUrl, r04)).json().owners as { id: string }[];
      expect(owners.map((entry) => entry.id)).not.toContain(ownerPerson.id);
    });
  });
});
