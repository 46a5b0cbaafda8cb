import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let testApp: TestApp;
let make: ReturnType<typeof builders>;
let admin: Headers;
/** Two sectors, each with an institution; a municipality with one under it. */
let sector: { id: string };
let institution: { id: string };
let otherInstitution: { id: string };
let municipality: { id: string };
let portfolioOwner: Headers;

type Headers = Record<string, string>;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const request = (method: Method, url: string, headers: Headers, payload?: object) =>
  testApp.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function signedInAs(organisationId: string, roles: Parameters<typeof make.person>[0]['roles'] = []) {
  const person = await make.person({ organisationId, roles });
  return signIn(testApp.app, person.email);
}

beforeAll(async () => {
  testApp = await createTestApp();
  make = builders(testApp.database);
  const state = await make.state();
  admin = await signIn(testApp.app, (await make.person({ organisationId: state.id, isAdministrator: true })).email);
  sector = await make.organisation('sector');
  institution = await make.organisation('institution', sector.id, {
    names: { lv: 'Pilsonības un migrācijas lietu pārvalde', en: 'Office of Citizenship and Migration Affairs' },
  });
  otherInstitution = await make.organisation('institution', (await make.organisation('sector')).id);
  municipality = await make.organisation('municipality');
  portfolioOwner = await signedInAs(institution.id, [{ roleCode: 'R04', scopeId: institution.id }]);
});
afterAll(() => testApp.close());

const groupBody = (organisationId: string, overrides: object = {}) => ({
  organisationId,
  names: { lv: 'Jaunie vecāki', en: 'New parents' },
  descriptions: { lv: 'Ģimenes, kurās piedzimis bērns', en: null },
  audience: 'natural_person',
  sizeEstimate: 13_000,
  ...overrides,
});

async function createGroup(headers: Headers, organisationId = institution.id, overrides: object = {}) {
  const response = await request('POST', '/api/v1/recipient-groups', headers, groupBody(organisationId, overrides));
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number };
}

async function createNeed(groupId: string, headers: Headers, body: object = {}) {
  const response = await request('POST', `/api/v1/recipient-groups/${groupId}/needs`, headers, {
    texts: { lv: 'Reģistrēt bērna dzimšanu bez rindas', en: null },
    ...body,
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number };
}

const auditOf = (entityId: string) =>
  testApp.database.db
    .selectFrom('audit_event')
    .select(['action', 'entity_type', 'changes'])
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();

describe('recipient groups API', () => {
  describe('POST /api/v1/recipient-groups', () => {
    it("lets the institution's portfolio owner add a group, and records it in the audit trail", async () => {
      const response = await request(
        'POST',
        '/api/v1/recipient-groups?lang=en',
        portfolioOwner,
        groupBody(institution.id),
      );
      expect(response.statusCode).toBe(201);
      const group = response.json();
      expect(group).toMatchObject({
        organisation: { id: institution.id, name: 'Office of Citizenship and Migration Affairs' },
        names: { lv: 'Jaunie vecāki', en: 'New parents' },
        name: 'New parents',
        descriptions: { lv: 'Ģimenes, kurās piedzimis bērns', en: null },
        description: 'Ģimenes, kurās piedzimis bērns',
        audience: 'natural_person',
        sizeEstimate: 13_000,
        archived: false,
        mayChange: true,
        needs: [],
        version: 1,
      });
      expect(await auditOf(group.id)).toEqual([
        expect.objectContaining({
          action: 'recipient-group.create',
          entity_type: 'recipient_group',
          changes: expect.objectContaining({ nameLv: { before: null, after: 'Jaunie vecāki' } }),
        }),
      ]);
    });

    it('lets a sector lead add a group to an institution of the sector, and a municipality lead to the municipality', async () => {
      const sectorLead = await signedInAs(sector.id, [{ roleCode: 'R02', scopeId: sector.id }]);
      await createGroup(sectorLead, institution.id);
      const municipalityLead = await signedInAs(municipality.id, [{ roleCode: 'R03', scopeId: municipality.id }]);
      await createGroup(municipalityLead, municipality.id, { audience: 'legal_person' });
    });

    it('refuses with 403 someone who sees the institution but holds no role that may change it', async () => {
      const clerk = await signedInAs(institution.id, [{ roleCode: 'R08', scopeId: institution.id }]);
      const response = await request('POST', '/api/v1/recipient-groups', clerk, groupBody(institution.id));
      expect(response.statusCode).toBe(403);
    });

    it('answers 400 naming organisationId for an organisation the caller cannot see', async () => {
      const response = await request(
        'POST',
        '/api/v1/recipient-groups',
        portfolioOwner,
        groupBody(otherInstitution.id),
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'organisationId', rule: 'unknown_organisation' }),
      ]);
    });

    it('keeps groups to institutions and municipalities', async () => {
      const response = await request('POST', '/api/v1/recipient-groups', admin, groupBody(sector.id));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'organisationId', rule: 'institution_or_municipality' }),
      ]);
    });

    it('names each field that breaks a rule', async () => {
      const response = await request('POST', '/api/v1/recipient-groups', portfolioOwner, {
        organisationId: institution.id,
        names: { lv: '  ', en: null },
        audience: 'citizens',
        sizeEstimate: -5,
      });
      expect(response.statusCode).toBe(400);
      expect(
        response
          .json()
          .errors.map((error: { field: string }) => error.field)
          .sort(),
      ).toEqual(['audience', 'names.lv', 'sizeEstimate']);
    });
  });

  describe('GET /api/v1/recipient-groups', () => {
    it('lists only the groups of organisations the caller sees, with their needs, filtered and paged', async () => {
      const mine = await createGroup(portfolioOwner, institution.id, { names: { lv: 'Senjori', en: 'Seniors' } });
      await createNeed(mine.id, portfolioOwner, {
        texts: { lv: 'Pensijas pieprasīšana', en: null },
        lifeEvents: ['RET'],
      });
      const theirs = await createGroup(admin, otherInstitution.id);

      const own = await request(
        'GET',
        `/api/v1/recipient-groups?organisation=${institution.id}&limit=100`,
        portfolioOwner,
      );
      const ids = own.json().items.map((group: { id: string }) => group.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      const everything = await request('GET', '/api/v1/recipient-groups?limit=100', portfolioOwner);
      expect(everything.json().items.map((group: { id: string }) => group.id)).not.toContain(theirs.id);

      const byLifeEvent = await request('GET', '/api/v1/recipient-groups?lifeEvent=RET', portfolioOwner);
      expect(byLifeEvent.json()).toMatchObject({
        total: 1,
        items: [{ id: mine.id, needs: [{ text: 'Pensijas pieprasīšana', lifeEvents: ['RET'] }] }],
      });
      const byNeedText = await request('GET', '/api/v1/recipient-groups?q=pensijas', portfolioOwner);
      expect(byNeedText.json().items.map((group: { id: string }) => group.id)).toEqual([mine.id]);

      const firstPage = await request('GET', '/api/v1/recipient-groups?limit=1', admin);
      expect(firstPage.json().items).toHaveLength(1);
      expect(firstPage.json().total).toBeGreaterThan(1);
    });

    it("answers 404 for another organisation's group", async () => {
      const theirs = await createGroup(admin, otherInstitution.id);
      const response = await request('GET', `/api/v1/recipient-groups/${theirs.id}`, portfolioOwner);
      expect(response.statusCode).toBe(404);
      expect(response.json().type).toBe('/problems/recipient-group-not-found');
    });

    it('shows a group to someone who may see but not change it, saying they may not', async () => {
      const group = await createGroup(portfolioOwner);
      const clerk = await signedInAs(institution.id, [{ roleCode: 'R08', scopeId: institution.id }]);
      const response = await request('GET', `/api/v1/recipient-groups/${group.id}`, clerk);
      expect(response.statusCode).toBe(200);
      expect(response.json().mayChange).toBe(false);
    });
  });

  describe('PATCH /api/v1/recipient-groups/:id', () => {
    it('changes what is given and keeps the rest', async () => {
      const group = await createGroup(portfolioOwner);
      const response = await request('PATCH', `/api/v1/recipient-groups/${group.id}`, portfolioOwner, {
        version: 1,
        sizeEstimate: null,
        audience: 'legal_person',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        names: { lv: 'Jaunie vecāki' },
        audience: 'legal_person',
        sizeEstimate: null,
        version: 2,
      });
      expect((await auditOf(group.id)).at(-1)).toMatchObject({
        action: 'recipient-group.update',
        changes: {
          audience: { before: 'natural_person', after: 'legal_person' },
          sizeEstimate: { before: 13_000, after: null },
        },
      });
    });

    it('answers 409 to a change made on a stale version and keeps the newer one', async () => {
      const group = await createGroup(portfolioOwner);
      const first = await request('PATCH', `/api/v1/recipient-groups/${group.id}`, portfolioOwner, {
        version: 1,
        names: { lv: 'Daudzbērnu ģimenes', en: null },
      });
      expect(first.statusCode).toBe(200);
      const second = await request('PATCH', `/api/v1/recipient-groups/${group.id}`, portfolioOwner, {
        version: 1,
        names: { lv: 'Vientuļie vecāki', en: null },
      });
      expect(second.statusCode).toBe(409);
      expect(second.json().type).toBe('/problems/stale-version');
      const now = await request('GET', `/api/v1/recipient-groups/${group.id}`, portfolioOwner);
      expect(now.json()).toMatchObject({ name: 'Daudzbērnu ģimenes', version: 2 });
    });

    it("answers 404 to a change of another organisation's group, and 403 to one without the right", async () => {
      const theirs = await createGroup(admin, otherInstitution.id);
      const other = await request('PATCH', `/api/v1/recipient-groups/${theirs.id}`, portfolioOwner, { version: 1 });
      expect(other.statusCode).toBe(404);
      const mine = await createGroup(portfolioOwner);
      const clerk = await signedInAs(institution.id, [{ roleCode: 'R08', scopeId: institution.id }]);
      const refused = await request('PATCH', `/api/v1/recipient-groups/${mine.id}`, clerk, { version: 1 });
      expect(refused.statusCode).toBe(403);
    });
  });

  describe('POST /api/v1/recipient-groups/:id/archive', () => {
    it('archives a group, which then takes no more changes and leaves the active list', async () => {
      const group = await createGroup(portfolioOwner, institution.id, { names: { lv: 'Arhivējamā grupa', en: null } });
      const archived = await request('POST', `/api/v1/recipient-groups/${group.id}/archive`, portfolioOwner, {
        version: 1,
      });
      expect(archived.statusCode).toBe(200);
      expect(archived.json()).toMatchObject({ archived: true, mayChange: false, version: 2 });
      const change = await request('PATCH', `/api/v1/recipient-groups/${group.id}`, portfolioOwner, { version: 2 });
      expect(change.statusCode).toBe(409);
      expect(change.json().type).toBe('/problems/recipient-group-archived');
      const need = await request('POST', `/api/v1/recipient-groups/${group.id}/needs`, portfolioOwner, {
        texts: { lv: 'Jebkas', en: null },
      });
      expect(need.statusCode).toBe(409);
      const active = await request('GET', '/api/v1/recipient-groups?archived=false&q=Arhivējamā', portfolioOwner);
      expect(active.json().total).toBe(0);
      expect((await auditOf(group.id)).at(-1)?.action).toBe('recipient-group.archive');
    });
  });

  describe('needs', () => {
    it('adds a need linked to services and life events, and the service lists the needs it meets', async () => {
      const group = await createGroup(portfolioOwner);
      const service = await make.service({ holderId: institution.id, title: 'Dzimšanas reģistrācija' });
      const need = await createNeed(group.id, portfolioOwner, {
        texts: { lv: 'Reģistrēt bērna dzimšanu', en: 'Register the birth of a child' },
        importance: 'high',
        lifeEvents: ['BIR'],
        serviceIds: [service.id],
      });
      expect(need).toMatchObject({
        groupId: group.id,
        importance: 'high',
        lifeEvents: ['BIR'],
        services: [{ id: service.id, title: 'Dzimšanas reģistrācija' }],
        hiddenServices: 0,
        version: 1,
      });
      expect(await auditOf(need.id)).toEqual([
        expect.objectContaining({
          action: 'recipient-need.create',
          changes: expect.objectContaining({ serviceIds: { before: null, after: [service.id] } }),
        }),
      ]);

      const needs = await request('GET', `/api/v1/services/${service.id}/needs?lang=en`, portfolioOwner);
      expect(needs.statusCode).toBe(200);
      expect(needs.json().items).toEqual([
        expect.objectContaining({
          need: expect.objectContaining({ id: need.id, text: 'Register the birth of a child' }),
          group: expect.objectContaining({ id: group.id, name: 'New parents' }),
        }),
      ]);
    });

    it('links a service of another holder that the caller sees', async () => {
      const sectorLead = await signedInAs(sector.id, [{ roleCode: 'R02', scopeId: sector.id }]);
      const neighbour = await make.organisation('institution', sector.id);
      const service = await make.service({ holderId: neighbour.id });
      const group = await createGroup(sectorLead);
      const need = await createNeed(group.id, sectorLead, { serviceIds: [service.id] });
      expect(need).toMatchObject({ services: [{ id: service.id }] });
    });

    it('answers 400 naming the place of a service that does not exist or that the caller cannot see', async () => {
      const group = await createGroup(portfolioOwner);
      const own = await make.service({ holderId: institution.id });
      const hidden = await make.service({ holderId: otherInstitution.id });
      const response = await request('POST', `/api/v1/recipient-groups/${group.id}/needs`, portfolioOwner, {
        texts: { lv: 'Saņemt atbildi laikā', en: null },
        serviceIds: [own.id, hidden.id, '00000000-0000-4000-8000-000000000000'],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'serviceIds.1', rule: 'unknown_service' }),
        expect.objectContaining({ field: 'serviceIds.2', rule: 'unknown_service' }),
      ]);
      const unchanged = await request('GET', `/api/v1/recipient-groups/${group.id}`, portfolioOwner);
      expect(unchanged.json().needs).toEqual([]);
    });

    it('refuses an unknown life event code, naming the field', async () => {
      const group = await createGroup(portfolioOwner);
      const response = await request('POST', `/api/v1/recipient-groups/${group.id}/needs`, portfolioOwner, {
        texts: { lv: 'Mainīt dzīvesvietu', en: null },
        lifeEvents: ['MOV', 'HOLIDAY'],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'lifeEvents.1' })]);
    });

    it('changes a need on its current version only, and keeps links to services the editor cannot see', async () => {
      const group = await createGroup(portfolioOwner);
      const own = await make.service({ holderId: institution.id });
      const another = await make.service({ holderId: institution.id });
      const elsewhere = await make.service({ holderId: otherInstitution.id });
      // The administrator sees every service and links one the portfolio owner cannot see.
      const need = await createNeed(group.id, admin, { serviceIds: [own.id, elsewhere.id] });
      const url = `/api/v1/recipient-groups/${group.id}/needs/${need.id}`;

      const seen = await request('GET', `/api/v1/recipient-groups/${group.id}`, portfolioOwner);
      expect(seen.json().needs[0]).toMatchObject({ services: [{ id: own.id }], hiddenServices: 1 });

      const changed = await request('PATCH', url, portfolioOwner, {
        version: 1,
        importance: 'low',
        serviceIds: [another.id],
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({
        importance: 'low',
        services: [{ id: another.id }],
        hiddenServices: 1,
        version: 2,
      });
      const stale = await request('PATCH', url, portfolioOwner, { version: 1, importance: 'high' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().type).toBe('/problems/stale-version');

      const asAdmin = await request('GET', `/api/v1/recipient-groups/${group.id}`, admin);
      const linked = asAdmin.json().needs[0].services.map((service: { id: string }) => service.id);
      expect(linked.sort()).toEqual([another.id, elsewhere.id].sort());
    });

    it('removes a need on its current version, keeping it in the audit trail', async () => {
      const group = await createGroup(portfolioOwner);
      const need = await createNeed(group.id, portfolioOwner, { lifeEvents: ['BIR'] });
      const url = `/api/v1/recipient-groups/${group.id}/needs/${need.id}`;
      expect((await request('DELETE', `${url}?version=2`, portfolioOwner)).statusCode).toBe(409);
      expect((await request('DELETE', `${url}?version=1`, portfolioOwner)).statusCode).toBe(204);
      const after = await request('GET', `/api/v1/recipient-groups/${group.id}`, portfolioOwner);
      expect(after.json().needs).toEqual([]);
      expect((await auditOf(need.id)).at(-1)).toMatchObject({
        action: 'recipient-need.delete',
        changes: { lifeEvents: { before: ['BIR'], after: null } },
      });
      expect((await request('DELETE', `${url}?version=1`, portfolioOwner)).statusCode).toBe(404);
    });

    it("answers 404 for a need of another organisation's group and 403 to a change without the right", async () => {
      const theirs = await createGroup(admin, otherInstitution.id);
      const theirNeed = await createNeed(theirs.id, admin);
      const foreign = await request(
        'PATCH',
        `/api/v1/recipient-groups/${theirs.id}/needs/${theirNeed.id}`,
        portfolioOwner,
        { version: 1, importance: 'low' },
      );
      expect(foreign.statusCode).toBe(404);
      const mine = await createGroup(portfolioOwner);
      const clerk = await signedInAs(institution.id, [{ roleCode: 'R08', scopeId: institution.id }]);
      const refused = await request('POST', `/api/v1/recipient-groups/${mine.id}/needs`, clerk, {
        texts: { lv: 'Jebkas', en: null },
      });
      expect(refused.statusCode).toBe(403);
    });

    it('answers 404 for the needs of a service the caller cannot see', async () => {
      const hidden = await make.service({ holderId: otherInstitution.id });
      const response = await request('GET', `/api/v1/services/${hidden.id}/needs`, portfolioOwner);
      expect(response.statusCode).toBe(404);
    });
  });
});
