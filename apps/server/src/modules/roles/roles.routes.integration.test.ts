import { ROLE_SCALES } from '@saimnieks/contracts/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// 10:00 in Riga on 27 November 2026.
const START = new Date('2026-11-27T08:00:00Z');
const TODAY = '2026-11-27';
const TOMORROW = '2026-11-28';
const YESTERDAY = '2026-11-26';
let now = START;
const clock = { now: () => now };

let testApp: TestApp;
let make: ReturnType<typeof builders>;
type Headers = Record<string, string>;
type Organisation = { id: string };

let stateId: string;
let sectorA: Organisation;
let sectorB: Organisation;
let municipality: Organisation;
let institutionA1: Organisation;
let institutionA2: Organisation;
let institutionB1: Organisation;
let institutionM1: Organisation;
let adminPerson: { id: string; email: string };
let r01Person: { id: string; email: string };
let admin: Headers;
let r01: Headers;
let r02A: Headers;
let r03M: Headers;
let r04A1: Headers;
let staffA1: Headers;

beforeAll(async () => {
  testApp = await createTestApp({ clock });
  make = builders(testApp.database);
  stateId = (await make.state()).id;
  [sectorA, sectorB, municipality] = await Promise.all([
    make.organisation('sector'),
    make.organisation('sector'),
    make.organisation('municipality'),
  ]);
  [institutionA1, institutionA2, institutionB1, institutionM1] = await Promise.all([
    make.organisation('institution', sectorA.id),
    make.organisation('institution', sectorA.id),
    make.organisation('institution', sectorB.id),
    make.organisation('institution', municipality.id),
  ]);
  adminPerson = await make.person({ organisationId: stateId, isAdministrator: true });
  r01Person = await make.person({ organisationId: stateId, roles: [{ roleCode: 'R01', scopeId: stateId }] });
  admin = await signIn(testApp.app, adminPerson.email);
  r01 = await signIn(testApp.app, r01Person.email);
  r02A = await signedInAs(sectorA.id, [{ roleCode: 'R02', scopeId: sectorA.id }]);
  r03M = await signedInAs(municipality.id, [{ roleCode: 'R03', scopeId: municipality.id }]);
  r04A1 = await signedInAs(institutionA1.id, [{ roleCode: 'R04', scopeId: institutionA1.id }]);
  staffA1 = await signedInAs(institutionA1.id);
});
afterAll(() => testApp.close());

async function signedInAs(organisationId: string, roles: Parameters<typeof make.person>[0]['roles'] = []) {
  const person = await make.person({ organisationId, roles });
  return signIn(testApp.app, person.email);
}

const request = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: object) =>
  testApp.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const assign = (headers: Headers, body: object, query = '') =>
  request('POST', `/api/v1/role-assignments${query}`, headers, body);
const at = (scopeId: string) => ({ scopeKind: 'organisation', scopeId });
const personIn = (organisationId: string) => make.person({ organisationId });

/** Assigns through the API as the administrator and returns the new assignment. */
async function assigned(body: object) {
  const response = await assign(admin, body);
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number; personId: string };
}

describe('role assignments API', () => {
  describe('POST /api/v1/role-assignments', () => {
    it('assigns a role from today, names the person and scope, and records it in the audit trail', async () => {
      const person = await personIn(institutionA1.id);
      const response = await assign(admin, { personId: person.id, roleCode: 'R04', ...at(institutionA1.id) });
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({
        personId: person.id,
        roleCode: 'R04',
        scopeKind: 'organisation',
        scopeId: institutionA1.id,
        validFrom: TODAY,
        validUntil: null,
        status: 'active',
        justification: null,
        justifiedConflicts: [],
        revokedAt: null,
        version: 1,
      });
      expect(created.personName).toMatch(/^Persona /);
      expect(created.scopeName).toMatch(/^institution /);
      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select(['action', 'actor_id', 'changes'])
        .where('entity_id', '=', created.id)
        .execute();
      expect(audit).toEqual([
        expect.objectContaining({
          action: 'role.assign',
          actor_id: adminPerson.id,
          changes: expect.objectContaining({ roleCode: { before: null, after: 'R04' } }),
        }),
      ]);
    });

    it('lets the state lead institution (R01) assign any role, R02 at a sector among them', async () => {
      const person = await personIn(sectorB.id);
      expect((await assign(r01, { personId: person.id, roleCode: 'R02', ...at(sectorB.id) })).statusCode).toBe(201);
      const other = await personIn(stateId);
      expect((await assign(r01, { personId: other.id, roleCode: 'R01', ...at(stateId) })).statusCode).toBe(201);
    });

    it('lets a sector lead (R02) assign R04 and R08 at institutions of its sector', async () => {
      const person = await personIn(institutionA2.id);
      const portfolio = await assign(r02A, { personId: person.id, roleCode: 'R04', ...at(institutionA2.id) });
      expect(portfolio.statusCode).toBe(201);
      const resources = await assign(r02A, { personId: person.id, roleCode: 'R08', ...at(institutionA1.id) });
      expect(resources.statusCode).toBe(201);
    });

    it('refuses a sector lead (R02) outside its sector: another sector’s institution and person do not exist for it', async () => {
      const inside = await personIn(institutionA1.id);
      const outside = await personIn(institutionB1.id);
      const scope = await assign(r02A, { personId: inside.id, roleCode: 'R04', ...at(institutionB1.id) });
      expect(scope.statusCode).toBe(400);
      expect(scope.json().errors).toEqual([
        expect.objectContaining({ field: 'scopeId', in: 'body', rule: 'unknown_organisation' }),
      ]);
      const person = await assign(r02A, { personId: outside.id, roleCode: 'R04', ...at(institutionA1.id) });
      expect(person.statusCode).toBe(400);
      expect(person.json().errors).toEqual([expect.objectContaining({ field: 'personId', rule: 'unknown_person' })]);
    });

    it('refuses a sector lead (R02) the roles above the institution scale with 403', async () => {
      const person = await personIn(sectorA.id);
      const response = await assign(r02A, { personId: person.id, roleCode: 'R02', ...at(sectorA.id) });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ type: '/problems/forbidden' });
    });

    it('lets a municipality lead (R03) assign R04 at an institution of its municipality, not of a sector', async () => {
      const person = await personIn(institutionM1.id);
      expect((await assign(r03M, { personId: person.id, roleCode: 'R04', ...at(institutionM1.id) })).statusCode).toBe(
        201,
      );
      expect((await assign(r03M, { personId: person.id, roleCode: 'R08', ...at(institutionA1.id) })).statusCode).toBe(
        400,
      );
    });

    it('refuses an institution’s portfolio owner (R04) and plain staff with 403, and nobody signed in with 401', async () => {
      const person = await personIn(institutionA1.id);
      const body = { personId: person.id, roleCode: 'R08', ...at(institutionA1.id) };
      expect((await assign(r04A1, body)).statusCode).toBe(403);
      expect((await assign(staffA1, body)).statusCode).toBe(403);
      const anonymous = await assign({}, body);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ type: '/problems/unauthenticated' });
    });

    it('refuses a role of one’s own with 403, except to the administrator', async () => {
      const own = await assign(r01, { personId: r01Person.id, roleCode: 'R02', ...at(sectorA.id) });
      expect(own.statusCode).toBe(403);
      expect(own.json()).toMatchObject({ type: '/problems/self-assignment' });
      const administrator = await assign(admin, { personId: adminPerson.id, roleCode: 'R08', ...at(institutionB1.id) });
      expect(administrator.statusCode).toBe(201);
    });

    it('refuses a role at the wrong scale with 400 naming the field and the rule', async () => {
      const person = await personIn(municipality.id);
      const response = await assign(admin, { personId: person.id, roleCode: 'R02', ...at(municipality.id) });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        {
          field: 'scopeId',
          in: 'body',
          rule: 'wrong_scale',
          message: 'R02 is held at a sector; this is a municipality',
        },
      ]);
      const state = await assign(admin, { personId: person.id, roleCode: 'R01', ...at(sectorA.id) });
      expect(state.json().errors).toEqual([
        expect.objectContaining({ rule: 'wrong_scale', message: 'R01 is held at the state; this is a sector' }),
      ]);
      const kind = await assign(admin, {
        personId: person.id,
        roleCode: 'R04',
        scopeKind: 'service',
        scopeId: institutionA1.id,
      });
      expect(kind.json().errors).toEqual([expect.objectContaining({ field: 'scopeKind', rule: 'wrong_scale' })]);
    });

    it('refuses resource roles with 400 until resources exist, and service roles anywhere but at a service', async () => {
      const person = await personIn(institutionA1.id);
      for (const roleCode of ['R09', 'R10']) {
        const response = await assign(admin, {
          personId: person.id,
          roleCode,
          scopeKind: 'resource',
          scopeId: crypto.randomUUID(),
        });
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual([
          expect.objectContaining({ field: 'scopeKind', rule: 'scope_not_available' }),
        ]);
      }
      const asOrganisation = await assign(admin, { personId: person.id, roleCode: 'R06', ...at(institutionA1.id) });
      expect(asOrganisation.json().errors).toEqual([
        expect.objectContaining({ field: 'scopeKind', rule: 'wrong_scale' }),
      ]);
    });

    it('refuses dates out of order or in the past with 400 naming the field', async () => {
      const person = await personIn(institutionA1.id);
      const base = { personId: person.id, roleCode: 'R08', ...at(institutionA2.id) };
      const reversed = await assign(admin, { ...base, validFrom: '2027-01-10', validUntil: '2027-01-09' });
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json().errors).toEqual([
        expect.objectContaining({ field: 'validUntil', rule: 'before_valid_from' }),
      ]);
      const past = await assign(admin, { ...base, validFrom: YESTERDAY });
      expect(past.json().errors).toEqual([expect.objectContaining({ field: 'validFrom', rule: 'not_in_past' })]);
      const malformed = await assign(admin, { ...base, validFrom: '2027-02-30' });
      expect(malformed.json().errors).toEqual([expect.objectContaining({ field: 'validFrom', in: 'body' })]);
    });

    it('refuses a deactivated or unknown person, and an unknown role code, naming the field', async () => {
      const inactive = await make.person({ organisationId: institutionA1.id, active: false });
      const response = await assign(admin, { personId: inactive.id, roleCode: 'R08', ...at(institutionA1.id) });
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'personId', rule: 'inactive' })]);
      const unknown = await assign(admin, { personId: crypto.randomUUID(), roleCode: 'R08', ...at(institutionA1.id) });
      expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'personId', rule: 'unknown_person' })]);
      const role = await assign(admin, { personId: inactive.id, roleCode: 'R11', ...at(institutionA1.id) });
      expect(role.json().errors).toEqual([expect.objectContaining({ field: 'roleCode', rule: 'invalid_value' })]);
    });

    it('refuses the same role at the same scope in an overlapping period with 409', async () => {
      const person = await personIn(institutionB1.id);
      const body = { personId: person.id, roleCode: 'R04', ...at(institutionB1.id) };
      await assigned({ ...body, validUntil: '2027-06-30' });
      const overlapping = await assign(admin, { ...body, validFrom: '2027-06-01' });
      expect(overlapping.statusCode).toBe(409);
      expect(overlapping.json()).toMatchObject({ type: '/problems/duplicate-assignment' });
      expect((await assign(admin, { ...body, validFrom: '2027-07-01' })).statusCode).toBe(201);
    });

    it('takes today in Riga as the first day, even when it is still yesterday in UTC', async () => {
      const person = await personIn(institutionA2.id);
      now = new Date('2026-11-27T22:30:00Z');
      try {
        const late = await signIn(testApp.app, adminPerson.email);
        const response = await assign(late, { personId: person.id, roleCode: 'R08', ...at(institutionA2.id) });
        expect(response.json()).toMatchObject({ validFrom: TOMORROW, status: 'active' });
      } finally {
        now = START;
      }
    });
  });

  describe('what sign-in reads', () => {
    const sessionRoles = async (headers: Headers) =>
      (await request('GET', '/api/v1/auth/session', headers)).json().roles as { roleCode: string }[];

    it('lists a role in the person’s session once assigned, and no longer once revoked', async () => {
      const person = await personIn(institutionA2.id);
      const own = await signIn(testApp.app, person.email);
      expect(await sessionRoles(own)).toEqual([]);
      const assignment = await assigned({ personId: person.id, roleCode: 'R04', ...at(institutionA2.id) });
      expect(await sessionRoles(own)).toEqual([
        { roleCode: 'R04', scopeKind: 'organisation', scopeId: institutionA2.id },
      ]);
      const revoked = await request('POST', `/api/v1/role-assignments/${assignment.id}/revoke`, admin, { version: 1 });
      expect(revoked.statusCode).toBe(200);
      expect(await sessionRoles(own)).toEqual([]);
    });

    it('holds a role from its first day to its last, in Riga', async () => {
      const person = await personIn(institutionB1.id);
      const later = await assigned({
        personId: person.id,
        roleCode: 'R08',
        ...at(institutionB1.id),
        validFrom: TOMORROW,
        validUntil: TOMORROW,
      });
      expect(later).toMatchObject({ status: 'scheduled' });
      expect(await sessionRoles(await signIn(testApp.app, person.email))).toEqual([]);
      const activeOn = async (day: string) =>
        (await request('GET', `/api/v1/role-assignments?person=${person.id}&activeOn=${day}`, admin)).json().total;
      expect(await activeOn(TODAY)).toBe(0);
      expect(await activeOn(TOMORROW)).toBe(1);
      try {
        now = new Date('2026-11-28T08:00:00Z');
        expect(await sessionRoles(await signIn(testApp.app, person.email))).toEqual([
          expect.objectContaining({ roleCode: 'R08' }),
        ]);
        now = new Date('2026-11-29T08:00:00Z');
        expect(await sessionRoles(await signIn(testApp.app, person.email))).toEqual([]);
        const ended = await request(
          'GET',
          `/api/v1/role-assignments/${later.id}`,
          await signIn(testApp.app, adminPerson.email),
        );
        expect(ended.json()).toMatchObject({ status: 'ended' });
      } finally {
        now = START;
      }
    });
  });

  describe('reading', () => {
    it('shows a sector lead the assignments in its sector and answers 404 for another sector’s', async () => {
      const [mine, theirs] = await Promise.all([personIn(institutionA1.id), personIn(institutionB1.id)]);
      const inside = await assigned({
        personId: mine.id,
        roleCode: 'R08',
        ...at(institutionA1.id),
        validFrom: '2030-01-01',
      });
      const outside = await assigned({
        personId: theirs.id,
        roleCode: 'R08',
        ...at(institutionB1.id),
        validFrom: '2030-01-01',
      });

      expect((await request('GET', `/api/v1/role-assignments/${inside.id}`, r02A)).statusCode).toBe(200);
      const foreign = await request('GET', `/api/v1/role-assignments/${outside.id}`, r02A);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json()).toMatchObject({ type: '/problems/role-assignment-not-found' });
      expect((await request('GET', `/api/v1/role-assignments/${outside.id}`, r04A1)).statusCode).toBe(404);
      expect((await request('GET', `/api/v1/role-assignments/${outside.id}`, r01)).statusCode).toBe(200);
      expect((await request('GET', `/api/v1/role-assignments/${outside.id}`, {})).statusCode).toBe(401);
      expect((await request('GET', `/api/v1/role-assignments/${crypto.randomUUID()}`, admin)).statusCode).toBe(404);

      const list = (await request('GET', '/api/v1/role-assignments?role=R08&limit=500', r02A)).json();
      const ids = list.items.map((item: { id: string }) => item.id);
      expect(ids).toContain(inside.id);
      expect(ids).not.toContain(outside.id);
      expect(
        list.items.every((item: { scopeId: string }) =>
          [sectorA.id, institutionA1.id, institutionA2.id].includes(item.scopeId),
        ),
      ).toBe(true);
    });

    it('shows plain staff the assignments at their own institution and their own, nothing else', async () => {
      const person = await make.person({ organisationId: institutionB1.id });
      const elsewhere = await assigned({
        personId: person.id,
        roleCode: 'R04',
        ...at(institutionM1.id),
        validFrom: '2031-01-01',
      });
      const staff = await signIn(testApp.app, person.email);
      expect((await request('GET', `/api/v1/role-assignments/${elsewhere.id}`, staff)).statusCode).toBe(200);
      const list = (await request('GET', '/api/v1/role-assignments?limit=500', staff)).json();
      expect(
        list.items.every(
          (item: { scopeId: string; personId: string }) =>
            item.scopeId === institutionB1.id || item.personId === person.id,
        ),
      ).toBe(true);
    });

    it('filters by person, role, scope and day, and pages', async () => {
      const person = await personIn(sectorB.id);
      await assigned({ personId: person.id, roleCode: 'R04', ...at(institutionB1.id), validFrom: '2032-01-01' });
      await assigned({ personId: person.id, roleCode: 'R08', ...at(institutionA1.id), validFrom: '2032-01-01' });
      await assigned({ personId: person.id, roleCode: 'R08', ...at(institutionA2.id), validFrom: '2032-06-01' });
      const query = async (parameters: string) =>
        (await request('GET', `/api/v1/role-assignments?person=${person.id}&${parameters}`, admin)).json();
      expect((await query('')).total).toBe(3);
      expect((await query('role=R08')).total).toBe(2);
      expect((await query(`scope=${institutionA2.id}`)).total).toBe(1);
      expect((await query('activeOn=2032-02-01')).total).toBe(2);
      const page = await query('limit=2&offset=2');
      expect(page).toMatchObject({ total: 3, limit: 2, offset: 2 });
      expect(page.items).toHaveLength(1);
      const malformed = await request('GET', '/api/v1/role-assignments?activeOn=soon', admin);
      expect(malformed.json().errors).toEqual([expect.objectContaining({ field: 'activeOn', in: 'querystring' })]);
      expect((await request('GET', '/api/v1/role-assignments', {})).statusCode).toBe(401);
    });
  });

  describe('PATCH /api/v1/role-assignments/{id}', () => {
    it('changes the last day, audits it and detects a stale version with 409', async () => {
      const person = await personIn(institutionA1.id);
      const assignment = await assigned({
        personId: person.id,
        roleCode: 'R08',
        ...at(institutionA2.id),
        validFrom: '2028-01-01',
      });
      const url = `/api/v1/role-assignments/${assignment.id}`;
      const changed = await request('PATCH', url, r02A, {
        version: 1,
        validUntil: '2028-12-31',
        validFrom: '2028-02-01',
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ version: 2, validFrom: '2028-02-01', validUntil: '2028-12-31' });
      const stale = await request('PATCH', url, r01, { version: 1, validUntil: null });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ type: '/problems/stale-version' });
      expect((await request('GET', url, admin)).json().validUntil).toBe('2028-12-31');
      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select(['action', 'changes'])
        .where('entity_id', '=', assignment.id)
        .where('action', '=', 'role.update')
        .executeTakeFirstOrThrow();
      expect(audit.changes).toEqual({
        validFrom: { before: '2028-01-01', after: '2028-02-01' },
        validUntil: { before: null, after: '2028-12-31' },
      });
    });

    it('keeps what has happened: no new first day once started, no last day in the past', async () => {
      const person = await personIn(institutionA1.id);
      const assignment = await assigned({ personId: person.id, roleCode: 'R08', ...at(institutionA1.id) });
      const url = `/api/v1/role-assignments/${assignment.id}`;
      const start = await request('PATCH', url, admin, { version: 1, validFrom: '2027-01-01' });
      expect(start.json().errors).toEqual([expect.objectContaining({ field: 'validFrom', rule: 'already_started' })]);
      const end = await request('PATCH', url, admin, { version: 1, validUntil: YESTERDAY });
      expect(end.json().errors).toEqual([expect.objectContaining({ field: 'validUntil', rule: 'not_in_past' })]);
      expect((await request('PATCH', url, admin, { version: 1, validUntil: TODAY })).json()).toMatchObject({
        validUntil: TODAY,
        status: 'active',
      });
    });

    it('answers 404 to a sector lead for another sector’s assignment, 403 to those who may see but not assign', async () => {
      const person = await personIn(institutionB1.id);
      const foreign = await assigned({
        personId: person.id,
        roleCode: 'R08',
        ...at(institutionB1.id),
        validFrom: '2029-01-01',
      });
      const url = `/api/v1/role-assignments/${foreign.id}`;
      expect((await request('PATCH', url, r02A, { version: 1, validUntil: '2029-12-31' })).statusCode).toBe(404);

      const local = await personIn(institutionA1.id);
      const mine = await assigned({
        personId: local.id,
        roleCode: 'R08',
        ...at(institutionA1.id),
        validFrom: '2029-01-01',
      });
      const localUrl = `/api/v1/role-assignments/${mine.id}`;
      for (const headers of [r04A1, staffA1]) {
        const refused = await request('PATCH', localUrl, headers, { version: 1, validUntil: '2029-12-31' });
        expect(refused.statusCode).toBe(403);
      }
      expect((await request('PATCH', localUrl, {}, { version: 1 })).statusCode).toBe(401);
    });

    it('refuses a change to one’s own assignment with 403', async () => {
      const person = await personIn(stateId);
      const assignment = await assigned({
        personId: person.id,
        roleCode: 'R01',
        ...at(stateId),
        validUntil: '2027-12-31',
      });
      const own = await signIn(testApp.app, person.email);
      const response = await request('PATCH', `/api/v1/role-assignments/${assignment.id}`, own, {
        version: 1,
        validUntil: null,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ type: '/problems/self-assignment' });
    });
  });

  describe('POST /api/v1/role-assignments/{id}/revoke', () => {
    it('revokes once, keeps the assignment on record, and audits it', async () => {
      const person = await personIn(institutionA1.id);
      const assignment = await assigned({
        personId: person.id,
        roleCode: 'R04',
        ...at(institutionA2.id),
        validFrom: '2027-03-01',
      });
      const url = `/api/v1/role-assignments/${assignment.id}`;
      const revoked = await request('POST', `${url}/revoke`, r02A, { version: 1 });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({ status: 'revoked', version: 2, revokedAt: now.toISOString() });
      const again = await request('POST', `${url}/revoke`, r02A, { version: 2 });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ type: '/problems/already-revoked' });
      const patch = await request('PATCH', url, admin, { version: 2, validUntil: '2027-12-31' });
      expect(patch.json()).toMatchObject({ type: '/problems/already-revoked' });
      expect((await request('GET', url, admin)).json()).toMatchObject({ status: 'revoked' });
      const actions = await testApp.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('entity_id', '=', assignment.id)
        .orderBy('id')
        .execute();
      expect(actions.map((row) => row.action)).toEqual(['role.assign', 'role.revoke']);
    });

    it('refuses those who may not assign the role, hides other sectors’ assignments, and refuses a stale version', async () => {
      const person = await personIn(institutionA1.id);
      const assignment = await assigned({
        personId: person.id,
        roleCode: 'R04',
        ...at(institutionA1.id),
        validFrom: '2027-04-01',
      });
      const url = `/api/v1/role-assignments/${assignment.id}/revoke`;
      const otherLead = await signedInAs(sectorB.id, [{ roleCode: 'R02', scopeId: sectorB.id }]);
      expect((await request('POST', url, otherLead, { version: 1 })).statusCode).toBe(404);
      expect((await request('POST', url, r04A1, { version: 1 })).statusCode).toBe(403);
      expect((await request('POST', url, staffA1, { version: 1 })).statusCode).toBe(403);
      expect((await request('POST', url, {}, { version: 1 })).statusCode).toBe(401);
      expect((await request('POST', url, admin, { version: 3 })).json()).toMatchObject({
        type: '/problems/stale-version',
      });
      expect((await request('POST', url, r01, { version: 1 })).statusCode).toBe(200);
    });
  });

  describe('role scales', () => {
    it('follow the model’s roles (GET /api/v1/model/roles)', async () => {
      const roles = (await request('GET', '/api/v1/model/roles', {})).json().items as { code: string; scale: string }[];
      expect(Object.fromEntries(roles.map((role) => [role.code, role.scale]))).toEqual(ROLE_SCALES);
    });
  });
});
