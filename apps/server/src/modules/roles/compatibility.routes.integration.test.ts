import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const clock = { now: () => new Date('2026-11-27T08:00:00Z') };
let testApp: TestApp;
let make: ReturnType<typeof builders>;
type Headers = Record<string, string>;

let stateId: string;
let sector: { id: string };
let otherSector: { id: string };
let institution: { id: string };
let sibling: { id: string };
let admin: Headers;
let r01: Headers;
let r02: Headers;
let staff: Headers;

beforeAll(async () => {
  testApp = await createTestApp({ clock });
  make = builders(testApp.database);
  stateId = (await make.state()).id;
  [sector, otherSector] = await Promise.all([make.organisation('sector'), make.organisation('sector')]);
  [institution, sibling] = await Promise.all([
    make.organisation('institution', sector.id),
    make.organisation('institution', sector.id),
  ]);
  admin = await signIn(testApp.app, (await make.person({ organisationId: stateId, isAdministrator: true })).email);
  r01 = await signedInAs(stateId, [{ roleCode: 'R01', scopeId: stateId }]);
  r02 = await signedInAs(sector.id, [{ roleCode: 'R02', scopeId: sector.id }]);
  staff = await signedInAs(institution.id);
});
afterAll(() => testApp.close());

async function signedInAs(organisationId: string, roles: Parameters<typeof make.person>[0]['roles'] = []) {
  return signIn(testApp.app, (await make.person({ organisationId, roles })).email);
}

const request = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Headers, payload?: object) =>
  testApp.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const at = (scopeId: string) => ({ scopeKind: 'organisation', scopeId });
const RULES = '/api/v1/role-compatibility-rules';

const blockingRule = {
  roleA: 'R08',
  roleB: 'R02',
  sameScopeOnly: false,
  mode: 'blocking',
  reason: {
    lv: 'Nozares vadošā iestāde vērtē iestāžu resursu pārvaldību; tā nevar vērtēt pati sevi.',
    en: 'The sector lead institution assesses how institutions manage resources; it cannot assess itself.',
  },
};

describe('role compatibility', () => {
  describe('GET /api/v1/role-compatibility-rules', () => {
    it('lists the default pairs to anyone signed in, with reasons in both languages', async () => {
      const response = await request('GET', RULES, staff);
      expect(response.statusCode).toBe(200);
      const pairs = response
        .json()
        .items.map((rule: { roleA: string; roleB: string; mode: string }) =>
          [rule.roleA, rule.roleB, rule.mode].join(' '),
        );
      expect(pairs).toEqual([
        'R01 R02 justified',
        'R01 R03 justified',
        'R02 R03 justified',
        'R04 R08 justified',
        'R05 R06 justified',
        'R05 R07 blocking',
        'R06 R07 blocking',
        'R09 R10 justified',
      ]);
      expect(response.json().items[4]).toMatchObject({
        sameScopeOnly: true,
        reason: { lv: expect.stringContaining('vērtētu pati savu darbu'), en: expect.stringContaining('own work') },
      });
      expect((await request('GET', RULES, {})).statusCode).toBe(401);
    });
  });

  describe('keeping the rules', () => {
    it('lets the state lead institution add, change and delete a rule, each audited', async () => {
      const created = await request('POST', RULES, r01, { ...blockingRule, roleA: 'R03', roleB: 'R08' });
      expect(created.statusCode).toBe(201);
      const rule = created.json();
      expect(rule).toMatchObject({ roleA: 'R03', roleB: 'R08', mode: 'blocking', active: true, version: 1 });

      const changed = await request('PATCH', `${RULES}/${rule.id}`, r01, { version: 1, mode: 'justified' });
      expect(changed.json()).toMatchObject({ mode: 'justified', version: 2 });
      const stale = await request('PATCH', `${RULES}/${rule.id}`, r01, { version: 1, sameScopeOnly: true });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ type: '/problems/stale-version' });

      const deleted = await request('DELETE', `${RULES}/${rule.id}?version=2`, r01);
      expect(deleted.statusCode).toBe(204);
      expect((await request('GET', RULES, staff)).json().items.map((item: { id: string }) => item.id)).not.toContain(
        rule.id,
      );
      const all = (await request('GET', `${RULES}?includeInactive=true`, staff)).json().items;
      expect(all).toContainEqual(expect.objectContaining({ id: rule.id, active: false, version: 3 }));
      const again = await request('DELETE', `${RULES}/${rule.id}?version=3`, r01);
      expect(again.json()).toMatchObject({ type: '/problems/rule-retired' });

      const actions = await testApp.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('entity_id', '=', rule.id)
        .orderBy('id')
        .execute();
      expect(actions.map((row) => row.action)).toEqual([
        'role-compatibility.create',
        'role-compatibility.update',
        'role-compatibility.delete',
      ]);
    });

    it('stores a pair once whichever way round, and refuses a second active rule for it with 409', async () => {
      const body = { ...blockingRule, roleA: 'R10', roleB: 'R04', sameScopeOnly: true };
      const first = await request('POST', RULES, admin, body);
      expect(first.json()).toMatchObject({ roleA: 'R04', roleB: 'R10' });
      const second = await request('POST', RULES, admin, { ...body, roleA: 'R04', roleB: 'R10' });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({ type: '/problems/duplicate-rule' });
      await request('DELETE', `${RULES}/${first.json().id}?version=1`, admin);
      expect((await request('POST', RULES, admin, body)).statusCode).toBe(201);
    });

    it('refuses a pair of one role, and a reason without its Latvian text, naming the field', async () => {
      const same = await request('POST', RULES, admin, { ...blockingRule, roleA: 'R04', roleB: 'R04' });
      expect(same.statusCode).toBe(400);
      expect(same.json().errors).toEqual([expect.objectContaining({ field: 'roleB', rule: 'distinct_roles' })]);
      const reason = await request('POST', RULES, admin, { ...blockingRule, reason: { en: 'Why' } });
      expect(reason.json().errors).toEqual([expect.objectContaining({ field: 'reason.lv' })]);
    });

    it('refuses everyone else with 403, nobody signed in with 401, and an unknown rule with 404', async () => {
      const existing = (await request('GET', RULES, staff)).json().items[0];
      for (const headers of [r02, staff]) {
        expect((await request('POST', RULES, headers, blockingRule)).statusCode).toBe(403);
        expect(
          (await request('PATCH', `${RULES}/${existing.id}`, headers, { version: 1, mode: 'blocking' })).statusCode,
        ).toBe(403);
        expect((await request('DELETE', `${RULES}/${existing.id}?version=1`, headers)).statusCode).toBe(403);
      }
      expect((await request('POST', RULES, {}, blockingRule)).statusCode).toBe(401);
      const unknown = await request('PATCH', `${RULES}/${crypto.randomUUID()}`, admin, {
        version: 1,
        mode: 'blocking',
      });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ type: '/problems/compatibility-rule-not-found' });
      expect((await request('GET', `${RULES}/${existing.id}`, staff)).json()).toMatchObject({ id: existing.id });
    });
  });

  describe('assigning against the rules', () => {
    it('refuses a blocking pair with 409 and the reason in the request’s language', async () => {
      const rule = (await request('POST', RULES, admin, blockingRule)).json();
      try {
        const person = await make.person({
          organisationId: sector.id,
          roles: [{ roleCode: 'R02', scopeId: otherSector.id }],
        });
        const body = { personId: person.id, roleCode: 'R08', ...at(institution.id) };
        const latvian = await request('POST', '/api/v1/role-assignments', admin, body);
        expect(latvian.statusCode).toBe(409);
        expect(latvian.json()).toMatchObject({ type: '/problems/incompatible-roles', title: 'Lomas nav savietojamas' });
        expect(latvian.json().detail).toContain(blockingRule.reason.lv);
        const english = await request('POST', '/api/v1/role-assignments?lang=en', admin, {
          ...body,
          justification: 'Pilot year',
        });
        expect(english.statusCode).toBe(409);
        expect(english.json()).toMatchObject({ title: 'The roles are incompatible' });
        expect(english.json().detail).toContain(blockingRule.reason.en);
        const held = await testApp.database.db
          .selectFrom('role_assignment')
          .select('role_code')
          .where('person_id', '=', person.id)
          .execute();
        expect(held.map((row) => row.role_code)).toEqual(['R02']);
      } finally {
        await request('DELETE', `${RULES}/${rule.id}?version=1`, admin);
      }
    });

    it('requires a justification for a justified pair, naming the conflicting assignment, and records it', async () => {
      const person = await make.person({ organisationId: stateId });
      const lead = await request('POST', '/api/v1/role-assignments', admin, {
        personId: person.id,
        roleCode: 'R02',
        ...at(sector.id),
      });
      const conflicting = lead.json().id as string;
      const body = { personId: person.id, roleCode: 'R01', ...at(stateId) };

      const missing = await request('POST', '/api/v1/role-assignments?lang=en', r01, body);
      expect(missing.statusCode).toBe(409);
      expect(missing.json()).toMatchObject({ type: '/problems/justification-required' });
      expect(missing.json().detail).toContain(conflicting);
      expect(missing.json().detail).toContain('oversee themselves');

      const justified = await request('POST', '/api/v1/role-assignments', r01, {
        ...body,
        justification: 'Pārejas periodā līdz 2027. gada 1. martam',
      });
      expect(justified.statusCode).toBe(201);
      const created = justified.json();
      expect(created).toMatchObject({
        justification: 'Pārejas periodā līdz 2027. gada 1. martam',
        justifiedConflicts: [{ ruleId: '7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0101', conflictingAssignmentId: conflicting }],
      });
      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select('changes')
        .where('entity_id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(audit.changes).toMatchObject({
        justifiedConflicts: { before: null, after: [{ conflictingAssignmentId: conflicting }] },
      });
      expect((await request('GET', `/api/v1/role-assignments/${created.id}`, admin)).json()).toMatchObject({
        justifiedConflicts: [{ conflictingAssignmentId: conflicting }],
      });
    });

    it('applies a same-scope rule only at the same scope', async () => {
      const person = await make.person({
        organisationId: institution.id,
        roles: [{ roleCode: 'R04', scopeId: institution.id }],
      });
      const elsewhere = await request('POST', '/api/v1/role-assignments', r02, {
        personId: person.id,
        roleCode: 'R08',
        ...at(sibling.id),
      });
      expect(elsewhere.statusCode).toBe(201);
      const same = await request('POST', '/api/v1/role-assignments', r02, {
        personId: person.id,
        roleCode: 'R08',
        ...at(institution.id),
      });
      expect(same.json()).toMatchObject({ type: '/problems/justification-required' });
    });

    it('compares only periods that overlap', async () => {
      const person = await make.person({ organisationId: stateId });
      await make.roleAssignment({
        personId: person.id,
        roleCode: 'R02',
        scopeId: sector.id,
        validFrom: '2020-01-01',
        validUntil: '2026-11-26',
      });
      const later = await request('POST', '/api/v1/role-assignments', admin, {
        personId: person.id,
        roleCode: 'R03',
        ...at((await make.organisation('municipality')).id),
        validFrom: '2027-01-01',
      });
      expect(later.statusCode).toBe(201);
      const overlapping = await request('POST', '/api/v1/role-assignments', admin, {
        personId: person.id,
        roleCode: 'R01',
        ...at(stateId),
        validUntil: '2027-01-01',
      });
      expect(overlapping.json()).toMatchObject({ type: '/problems/justification-required' });
      const before = await request('POST', '/api/v1/role-assignments', admin, {
        personId: person.id,
        roleCode: 'R01',
        ...at(stateId),
        validUntil: '2026-12-31',
      });
      expect(before.statusCode).toBe(201);
    });

    it('checks new dates of a changed assignment, asking a justification only for new conflicts', async () => {
      const person = await make.person({ organisationId: stateId });
      const lead = await request('POST', '/api/v1/role-assignments', admin, {
        personId: person.id,
        roleCode: 'R02',
        ...at(sector.id),
        validFrom: '2027-03-01',
      });
      expect(lead.statusCode).toBe(201);
      const state = await request('POST', '/api/v1/role-assignments', admin, {
        personId: person.id,
        roleCode: 'R01',
        ...at(stateId),
        validUntil: '2027-02-28',
      });
      expect(state.json()).toMatchObject({ justifiedConflicts: [] });
      const url = `/api/v1/role-assignments/${state.json().id}`;
      const extended = await request('PATCH', url, admin, { version: 1, validUntil: '2027-12-31' });
      expect(extended.statusCode).toBe(409);
      expect(extended.json()).toMatchObject({ type: '/problems/justification-required' });
      const justified = await request('PATCH', url, admin, {
        version: 1,
        validUntil: '2027-12-31',
        justification: 'Apvienotā amata vieta',
      });
      expect(justified.json()).toMatchObject({
        version: 2,
        justifiedConflicts: [{ conflictingAssignmentId: lead.json().id }],
      });
      expect((await request('PATCH', url, admin, { version: 2, validUntil: '2028-06-30' })).statusCode).toBe(200);
    });
  });

  describe('GET /api/v1/role-assignments/check', () => {
    const check = (headers: Headers, parameters: Record<string, string>) =>
      request('GET', `/api/v1/role-assignments/check?${new URLSearchParams(parameters)}`, headers);

    it('returns the warnings an assignment would raise, without assigning', async () => {
      const person = await make.person({
        organisationId: institution.id,
        roles: [{ roleCode: 'R04', scopeId: institution.id }],
      });
      const parameters = { personId: person.id, roleCode: 'R08', scopeKind: 'organisation', scopeId: institution.id };
      const response = await check(r02, { ...parameters, lang: 'en' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        blocked: false,
        justificationRequired: true,
        warnings: [
          {
            ruleId: '7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0104',
            mode: 'justified',
            reason: expect.stringContaining('approve their own requests'),
            conflictingAssignment: { roleCode: 'R04', scopeId: institution.id, validUntil: null },
          },
        ],
      });
      expect((await check(r02, parameters)).json().warnings[0].reason).toContain('savus pieprasījumus');
      const clear = await check(r02, { ...parameters, scopeId: sibling.id });
      expect(clear.json()).toEqual({ warnings: [], blocked: false, justificationRequired: false });
      const held = await testApp.database.db
        .selectFrom('role_assignment')
        .select('role_code')
        .where('person_id', '=', person.id)
        .execute();
      expect(held).toHaveLength(1);
    });

    it('checks an assignment at a service: the service roles conflict only at the same service', async () => {
      const [service, otherService] = await Promise.all([
        make.service({ holderId: institution.id }),
        make.service({ holderId: institution.id }),
      ]);
      const person = await make.person({ organisationId: institution.id });
      await make.roleAssignment({ personId: person.id, roleCode: 'R05', scopeKind: 'service', scopeId: service.id });
      const at = (roleCode: string, scopeId: string) => ({
        personId: person.id,
        roleCode,
        scopeKind: 'service',
        scopeId,
        lang: 'en',
      });

      const provider = await check(admin, at('R06', service.id));
      expect(provider.statusCode).toBe(200);
      expect(provider.json()).toMatchObject({
        blocked: false,
        justificationRequired: true,
        warnings: [{ mode: 'justified', conflictingAssignment: { roleCode: 'R05', scopeKind: 'service' } }],
      });
      expect((await check(admin, at('R07', service.id))).json()).toMatchObject({ blocked: true });
      expect((await check(admin, at('R07', otherService.id))).json()).toEqual({
        warnings: [],
        blocked: false,
        justificationRequired: false,
      });
      expect((await check(r02, at('R06', service.id))).statusCode).toBe(403);
    });

    it('refuses what assigning would refuse, naming query fields', async () => {
      const person = await make.person({ organisationId: institution.id });
      const parameters = { personId: person.id, roleCode: 'R08', scopeKind: 'organisation', scopeId: institution.id };
      expect((await check(staff, parameters)).statusCode).toBe(403);
      expect((await check({}, parameters)).statusCode).toBe(401);
      const wrong = await check(admin, { ...parameters, roleCode: 'R02' });
      expect(wrong.json().errors).toEqual([
        expect.objectContaining({ field: 'scopeId', in: 'querystring', rule: 'wrong_scale' }),
      ]);
      const resource = await check(admin, { ...parameters, roleCode: 'R09', scopeKind: 'resource' });
      expect(resource.json().errors).toEqual([
        expect.objectContaining({ field: 'scopeKind', in: 'querystring', rule: 'scope_not_available' }),
      ]);
      const service = await check(admin, { ...parameters, roleCode: 'R05', scopeKind: 'service' });
      expect(service.json().errors).toEqual([
        expect.objectContaining({ field: 'scopeId', in: 'querystring', rule: 'unknown_service' }),
      ]);
      const outsider = await make.person({ organisationId: otherSector.id });
      const hidden = await check(r02, { ...parameters, personId: outsider.id });
      expect(hidden.json().errors).toEqual([expect.objectContaining({ field: 'personId', rule: 'unknown_person' })]);
    });
  });
});
