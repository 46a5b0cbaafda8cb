import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let testApp: TestApp;
let make: ReturnType<typeof builders>;
let stateId: string;
let admin: Record<string, string>;

beforeAll(async () => {
  testApp = await createTestApp();
  make = builders(testApp.database);
  stateId = (await make.state()).id;
  const person = await make.person({ organisationId: stateId, isAdministrator: true });
  admin = await signIn(testApp.app, person.email);
});
afterAll(() => testApp.close());

type Headers = Record<string, string>;
const request = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: object) =>
  testApp.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function signedInAs(organisationId: string, roles: Parameters<typeof make.person>[0]['roles'] = []) {
  const person = await make.person({ organisationId, roles });
  return signIn(testApp.app, person.email);
}

const institutionBody = (parentId: string, overrides: object = {}) => ({
  kind: 'institution',
  parentId,
  names: { lv: 'Valsts ieņēmumu dienests', en: 'State Revenue Service' },
  shortName: 'VID',
  ...overrides,
});

describe('organisations API', () => {
  describe('POST /api/v1/organisations', () => {
    it('creates an institution under a sector and records it in the audit trail', async () => {
      const sector = await make.organisation('sector');
      const response = await request(
        'POST',
        '/api/v1/organisations?lang=en',
        admin,
        institutionBody(sector.id, {
          registrationNumber: '90000069281',
          contact: { email: 'pasts@example.lv' },
        }),
      );
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({
        kind: 'institution',
        parentId: sector.id,
        name: 'State Revenue Service',
        names: { lv: 'Valsts ieņēmumu dienests', en: 'State Revenue Service' },
        registrationNumber: '90000069281',
        contact: { email: 'pasts@example.lv', phone: null },
        status: 'active',
        version: 1,
      });
      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select(['action', 'actor_kind', 'changes'])
        .where('entity_id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ action: 'organisation.create', actor_kind: 'person' });
      expect(audit.changes).toMatchObject({ nameLv: { before: null, after: 'Valsts ieņēmumu dienests' } });
    });

    it('refuses a registration number whose check digit is wrong, naming the field and the rule', async () => {
      const sector = await make.organisation('sector');
      const response = await request(
        'POST',
        '/api/v1/organisations',
        admin,
        institutionBody(sector.id, {
          registrationNumber: '90000069282',
        }),
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'registrationNumber', in: 'body', rule: 'check_digit' }),
      ]);
    });

    it('refuses an institution directly under the state with 409, saying why', async () => {
      const response = await request('POST', '/api/v1/organisations', admin, institutionBody(stateId));
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ type: '/problems/wrong-parent-kind' });
      expect(response.json().detail).toContain('allowed: sector, municipality');
    });

    it('requires the ATU code of a municipality and refuses one elsewhere', async () => {
      const municipality = await request('POST', '/api/v1/organisations', admin, {
        kind: 'municipality',
        parentId: stateId,
        names: { lv: 'Valmieras novads', en: null },
      });
      expect(municipality.statusCode).toBe(400);
      expect(municipality.json().errors).toEqual([expect.objectContaining({ field: 'atuCode', rule: 'required' })]);
      const sector = await request('POST', '/api/v1/organisations', admin, {
        kind: 'sector',
        parentId: stateId,
        names: { lv: 'Veselības nozare', en: null },
        atuCode: '0960000',
      });
      expect(sector.json().errors).toEqual([
        expect.objectContaining({ field: 'atuCode', rule: 'municipalities_only' }),
      ]);
    });

    it('refuses a registration number another organisation has, with 409', async () => {
      const sector = await make.organisation('sector');
      const first = await request(
        'POST',
        '/api/v1/organisations',
        admin,
        institutionBody(sector.id, {
          registrationNumber: '90000038578',
        }),
      );
      expect(first.statusCode).toBe(201);
      const second = await request(
        'POST',
        '/api/v1/organisations',
        admin,
        institutionBody(sector.id, {
          registrationNumber: '90000038578',
        }),
      );
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({ type: '/problems/duplicate' });
      expect(second.json().detail).toContain('registrationNumber');
    });

    it('lets a sector lead institution (R02) create inside its sector only', async () => {
      const [own, other] = await Promise.all([make.organisation('sector'), make.organisation('sector')]);
      const lead = await signedInAs(own.id, [{ roleCode: 'R02', scopeId: own.id }]);
      expect((await request('POST', '/api/v1/organisations', lead, institutionBody(own.id))).statusCode).toBe(201);
      const outside = await request('POST', '/api/v1/organisations', lead, institutionBody(other.id));
      expect(outside.statusCode).toBe(400);
      expect(outside.json().errors).toEqual([
        expect.objectContaining({ field: 'parentId', rule: 'unknown_organisation' }),
      ]);
    });

    it('refuses a person without a managing role with 403, and nobody signed in with 401', async () => {
      const sector = await make.organisation('sector');
      const staff = await signedInAs(sector.id);
      expect((await request('POST', '/api/v1/organisations', staff, institutionBody(sector.id))).statusCode).toBe(403);
      expect((await request('POST', '/api/v1/organisations', {}, institutionBody(sector.id))).statusCode).toBe(401);
    });
  });

  describe('reading', () => {
    it('shows a sector lead its subtree and answers 404 for another sector’s institution', async () => {
      const [own, other] = await Promise.all([make.organisation('sector'), make.organisation('sector')]);
      const [mine, theirs] = await Promise.all([
        make.organisation('institution', own.id),
        make.organisation('institution', other.id),
      ]);
      const lead = await signedInAs(own.id, [{ roleCode: 'R02', scopeId: own.id }]);

      expect((await request('GET', `/api/v1/organisations/${mine.id}`, lead)).statusCode).toBe(200);
      const foreign = await request('GET', `/api/v1/organisations/${theirs.id}`, lead);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json()).toMatchObject({ type: '/problems/organisation-not-found' });

      const list = (await request('GET', '/api/v1/organisations?limit=500', lead)).json();
      expect(list.items.map((item: { id: string }) => item.id).sort()).toEqual([own.id, mine.id].sort());
      expect(list.total).toBe(2);
    });

    it('lets the state lead institution (R01) see every organisation', async () => {
      const institution = await make.organisation('institution', (await make.organisation('sector')).id);
      const r01 = await signedInAs(stateId, [{ roleCode: 'R01', scopeId: stateId }]);
      expect((await request('GET', `/api/v1/organisations/${institution.id}`, r01)).statusCode).toBe(200);
    });

    it('finds organisations by part of a name, and the children of a parent', async () => {
      const sector = await make.organisation('sector');
      await make.organisation('institution', sector.id, { names: { lv: 'Latvijas Nacionālā bibliotēka', en: null } });
      await make.organisation('institution', sector.id, { names: { lv: 'Rīgas Stradiņa universitāte', en: null } });
      const byName = (await request('GET', `/api/v1/organisations?q=${encodeURIComponent('nacionālā')}`, admin)).json();
      expect(byName.items.map((item: { name: string }) => item.name)).toEqual(['Latvijas Nacionālā bibliotēka']);
      const children = (await request('GET', `/api/v1/organisations?parent=${sector.id}`, admin)).json();
      expect(children.total).toBe(2);
    });

    it('returns the tree under an organisation', async () => {
      const sector = await make.organisation('sector');
      const institution = await make.organisation('institution', sector.id);
      const tree = (await request('GET', `/api/v1/organisations/${sector.id}/tree`, admin)).json();
      expect(tree).toMatchObject({ id: sector.id, children: [{ id: institution.id, children: [] }] });
    });

    it('refuses a malformed id naming it', async () => {
      const response = await request('GET', '/api/v1/organisations/not-a-uuid', admin);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'id', in: 'params' })]);
    });
  });

  describe('PATCH /api/v1/organisations/{id}', () => {
    it('changes the fields given and detects a stale version with 409', async () => {
      const institution = await make.organisation('institution', (await make.organisation('sector')).id);
      const url = `/api/v1/organisations/${institution.id}`;
      const first = await request('PATCH', url, admin, { version: 1, contact: { phone: '+371 67000000' } });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ version: 2, contact: { phone: '+371 67000000' } });
      const stale = await request('PATCH', url, admin, { version: 1, shortName: 'XYZ' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ type: '/problems/stale-version' });
      expect((await request('GET', url, admin)).json().shortName).toBeNull();
    });

    it('moves an institution to another parent and keeps its subtree visible there', async () => {
      const [from, to] = await Promise.all([make.organisation('sector'), make.organisation('municipality')]);
      const institution = await make.organisation('institution', from.id);
      const moved = await request('PATCH', `/api/v1/organisations/${institution.id}`, admin, {
        version: 1,
        parentId: to.id,
      });
      expect(moved.json()).toMatchObject({ parentId: to.id });
      const lead = await signedInAs(to.id, [{ roleCode: 'R03', scopeId: to.id }]);
      expect((await request('GET', `/api/v1/organisations/${institution.id}`, lead)).statusCode).toBe(200);
    });

    it('refuses to move an organisation under its own descendant', async () => {
      const sector = await make.organisation('sector');
      const institution = await make.organisation('institution', sector.id);
      const response = await request('PATCH', `/api/v1/organisations/${sector.id}`, admin, {
        version: 1,
        parentId: institution.id,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ type: '/problems/cycle' });
    });

    it('lets a portfolio owner (R04) edit their institution but not a sibling', async () => {
      const sector = await make.organisation('sector');
      const [own, sibling] = await Promise.all([
        make.organisation('institution', sector.id),
        make.organisation('institution', sector.id),
      ]);
      const owner = await signedInAs(own.id, [{ roleCode: 'R04', scopeId: own.id }]);
      expect(
        (await request('PATCH', `/api/v1/organisations/${own.id}`, owner, { version: 1, shortName: 'ABC' })).statusCode,
      ).toBe(200);
      expect(
        (await request('PATCH', `/api/v1/organisations/${sibling.id}`, owner, { version: 1, shortName: 'ABC' }))
          .statusCode,
      ).toBe(404);
    });
  });

  describe('POST /api/v1/organisations/{id}/archive', () => {
    it('refuses while active children remain, then archives once they are gone', async () => {
      const sector = await make.organisation('sector');
      const institution = await make.organisation('institution', sector.id);
      const refused = await request('POST', `/api/v1/organisations/${sector.id}/archive`, admin, { version: 1 });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ type: '/problems/has-active-children' });
      expect(refused.json().detail).toContain('1 active child');

      expect(
        (await request('POST', `/api/v1/organisations/${institution.id}/archive`, admin, { version: 1 })).json(),
      ).toMatchObject({
        status: 'archived',
      });
      const archived = await request('POST', `/api/v1/organisations/${sector.id}/archive`, admin, { version: 1 });
      expect(archived.json()).toMatchObject({ status: 'archived', version: 2 });
    });
  });
});
